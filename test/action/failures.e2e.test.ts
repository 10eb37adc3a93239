import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { runAction } from '../support/run-action.js';

/** A loopback port nobody listens on: bound, then closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('dist/index.js names every failure', () => {
  it('a closed port is a network error, with failure-reason and a job summary', async () => {
    const port = await closedPort();
    const run = await runAction(
      {
        mode: 'drift',
        manifest: 'examples/gc-timeouts.yaml',
        'client-id': 'id',
        'client-secret': 'secret-value',
        'api-base-url': `http://127.0.0.1:${port}`,
      },
      { GITHUB_EVENT_NAME: 'schedule' },
    );
    expect(run.code).toBe(1);
    expect(run.outputs['failure-reason']).toBe('network-error');
    expect(run.stdout).toMatch(/::error::gc-timeouts: network error: .*ECONNREFUSED/);
    expect(run.stdout).not.toContain('unexpected error');
    expect(run.summary).toContain('### gc-timeouts failed: network-error');
  }, 60_000);
});
