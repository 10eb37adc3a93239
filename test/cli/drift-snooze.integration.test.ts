import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { cli } from '../support/cli.js';

const ORDER_ID = 'custom_-_92b26918-525c-4bda-86df-9aa2f61955c9'; // Get Customer Order (ERP)

let sim: RunningSimulator;
let env: NodeJS.ProcessEnv;
let manifest: string;

beforeEach(async () => {
  sim = await startSimulator({ seed: 'demo', admin: true });
  env = {
    GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
    GENESYSCLOUD_API_BASE_URL: sim.url,
    CI: 'true',
  };
  const text = readFileSync('examples/gc-timeouts.yaml', 'utf8').replace(
    '    reason: ERP p99 is 11 s since the March upgrade\n',
    '    reason: ERP p99 is 11 s since the March upgrade\n    acceptDrift:\n      until: 2027-01-31\n      reason: INC-4411 raised by hand during the ERP outage\n',
  );
  manifest = join(mkdtempSync(join(tmpdir(), 'gc-timeouts-snooze-')), 'gc-timeouts.yaml');
  writeFileSync(manifest, text);
});
afterEach(async () => {
  await sim.close();
});

/** The CLI on a given day (noon UTC). */
async function driftOn(day: string, format: 'text' | 'json' = 'text') {
  let stdout = '';
  const code = await runCli(['drift', '--manifest', manifest, '--format', format], {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: () => true },
    env,
    cwd: process.cwd(),
    now: () => Date.parse(`${day}T12:00:00Z`),
  });
  return { code, stdout };
}

describe('drift snoozes on the demo org', () => {
  it('accepted before its date, drift again the day after', async () => {
    expect((await cli(['apply', '--manifest', manifest], env)).code).toBe(0);
    sim.state.editAction(ORDER_ID, { config: { timeoutSeconds: 40 } }); // raised by hand

    const before = await driftOn('2027-01-31');
    expect(before.code).toBe(0);
    expect(before.stdout).toContain(
      `No drift: us-east-1 matches ${manifest} (1 accepted difference noted below).`,
    );
    expect(before.stdout).toContain(
      'Note: "Get Customer Order" (ERP Web Services) timeoutSeconds: 40 s live, 15 s in the manifest; accepted until 2027-01-31: INC-4411 raised by hand during the ERP outage',
    );
    const beforeJson = JSON.parse((await driftOn('2027-01-31', 'json')).stdout) as {
      drift: boolean;
      counts: { changes: number };
      accepted: { actionName: string; until: string }[];
    };
    expect(beforeJson.drift).toBe(false);
    expect(beforeJson.counts.changes).toBe(0);
    expect(beforeJson.accepted).toMatchObject([
      { actionName: 'Get Customer Order', until: '2027-01-31' },
    ]);

    const after = await driftOn('2027-02-01');
    expect(after.code).toBe(2);
    expect(after.stdout).toContain('Drift: 1 timeout in us-east-1 differs');
    expect(after.stdout).not.toContain('accepted until');
    const afterJson = JSON.parse((await driftOn('2027-02-01', 'json')).stdout) as {
      drift: boolean;
      accepted: unknown[];
    };
    expect(afterJson).toMatchObject({ drift: true, accepted: [] });
  });

  it('drift JSON says drift: false when the org matches', async () => {
    expect((await cli(['apply', '--manifest', manifest], env)).code).toBe(0);
    const json = JSON.parse((await driftOn('2027-01-01', 'json')).stdout) as { drift: boolean };
    expect(json.drift).toBe(false);
  });
});
