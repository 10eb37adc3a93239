import { afterEach, describe, expect, it } from 'vitest';
import { resolveEndpoint } from '../../src/genesys/endpoint.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { createGenesysClient } from '../../src/genesys/client.js';
import type { Manifest } from '../../src/manifest/types.js';
import { runDoctor } from '../../src/org/doctor.js';

/** Doctor against each 403 body a real org gives (GENESYS_API.md §12), permission by permission. */

let sim: RunningSimulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const withFunctions = { actions: [{ functionTimeoutSeconds: 12 }] } as unknown as Manifest;

async function doctorWith(permissions: string[], forbidden: 'missing' | 'any' | 'unauthorized') {
  sim = await startSimulator({ permissions, forbidden });
  const client = createGenesysClient({
    clientId: sim.clientId,
    clientSecret: sim.clientSecret,
    endpoint: resolveEndpoint({ apiBaseUrl: sim.url }),
  });
  const report = await runDoctor(client, withFunctions);
  await client.close();
  return new Map(report.checks.map((c) => [c.name, c]));
}

describe('doctor checks every permission a run may need', () => {
  it.each(['missing', 'any', 'unauthorized'] as const)(
    'with the 403 body %s: says what is missing and what it blocks',
    async (forbidden) => {
      const checks = await doctorWith(
        ['integrations:action:view', 'integrations:integration:view'],
        forbidden,
      );
      const fn = checks.get('permission integrations:actionFunction:view')!;
      expect(fn.status).toBe('fail');
      expect(fn.detail).toContain('lacks integrations:actionFunction:view');
      expect(fn.detail).toContain('reading function timeouts (plan)');
      const flows = checks.get('permission architect:dependencyTracking:view')!;
      expect(flows.status).toBe('warn');
      expect(flows.detail).toContain('showing which Architect flows use a changed action');
      const flowView = checks.get('permission architect:flow:view')!;
      expect(flowView.status).toBe('warn');
      expect(checks.get('permission integrations:action:delete')).toMatchObject({
        status: 'warn',
        detail: expect.stringContaining('the draft would be left behind'),
      });
    },
  );

  it('an action view refused as "at least one of" says any one of them would do', async () => {
    const checks = await doctorWith([], 'any');
    expect(checks.get('permission integrations:action:view')).toMatchObject({
      status: 'fail',
      detail: expect.stringContaining(
        'needs at least one of integrations:action:view, bridge:actions:view',
      ),
    });
  });
});
