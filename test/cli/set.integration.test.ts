import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { cli } from '../support/cli.js';

let sim: RunningSimulator;
let env: NodeJS.ProcessEnv;
let dir: string;
let manifest: string;

beforeEach(async () => {
  sim = await startSimulator({ seed: 'demo' });
  env = {
    GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
    GENESYSCLOUD_API_BASE_URL: sim.url,
    CI: 'true',
  };
  dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-set-'));
  manifest = join(dir, 'gc-timeouts.yaml');
  copyFileSync('examples/gc-timeouts.yaml', manifest);
});
afterEach(async () => {
  await sim.close();
});

const comments = (text: string): string[] => text.split('\n').filter((l) => l.includes('#'));

describe('gc-timeouts set on the demo org', () => {
  it('set --where timeoutSeconds=3 --to 5, then plan, apply --report, drift: in sync', async () => {
    const before = readFileSync(manifest, 'utf8');
    const set = await cli(
      ['set', '--manifest', manifest, '--where', 'timeoutSeconds=3', '--to', '5'],
      env,
    );
    expect(set.code).toBe(0);
    expect(set.stdout).toContain('4 live actions match:');
    expect(set.stdout).toContain('2 entries edited, 2 entries added');
    const after = readFileSync(manifest, 'utf8');
    expect(comments(after)).toEqual(comments(before));
    expect(after).toContain(
      '  - name: Lookup Account by Phone\n    category: Salesforce\n    timeoutSeconds: 5\n',
    );
    expect(after).toContain('  - name: Legacy Order Lookup\n    timeoutSeconds: 5\n');
    expect(
      after.endsWith(
        '\n\n  - name: Get Agent by Email\n    integration: Genesys Cloud Data Actions\n    timeoutSeconds: 5\n' +
          '\n  - name: Lookup Contact by Email\n    integration: Salesforce CRM\n    timeoutSeconds: 5\n',
      ),
    ).toBe(true);

    const plan = await cli(['plan', '--manifest', manifest, '--format', 'json'], env);
    const json = JSON.parse(plan.stdout) as {
      entries: { actionName: string; op: string; from: number | null; to: number | null }[];
    };
    const raised = json.entries
      .filter((e) => e.from === 3 && e.to === 5)
      .map((e) => e.actionName)
      .sort();
    expect(raised).toEqual([
      'Get Agent by Email',
      'Legacy Order Lookup',
      'Lookup Account by Phone',
      'Lookup Contact by Email',
    ]);

    const reportPath = join(dir, 'apply-report.json');
    const apply = await cli(['apply', '--manifest', manifest, '--report', reportPath], env);
    expect(apply.code).toBe(0);
    const report = JSON.parse(readFileSync(reportPath, 'utf8')) as {
      format: number;
      counts: { applied: number; failed: number };
      results: { actionName: string; from: number | null; to: number | null; status: string }[];
    };
    expect(report.format).toBe(1);
    expect(report.counts.failed).toBe(0);
    expect(report.results.filter((r) => r.from === 3 && r.to === 5)).toHaveLength(4);
    expect(report.results.every((r) => r.status === 'applied')).toBe(true);

    const drift = await cli(['drift', '--manifest', manifest, '--format', 'json'], env);
    expect(drift.code).toBe(0);
    expect(JSON.parse(drift.stdout)).toMatchObject({ drift: false, counts: { changes: 0 } });
    const again = await cli(
      ['set', '--manifest', manifest, '--where', 'timeoutSeconds=3', '--to', '5'],
      env,
    );
    expect(again.stdout).toBe(
      `No live action matches the --where filters: nothing was written to ${manifest}.\n`,
    );
    expect(again.stdout).not.toContain('already sets');
  });

  it('explains a missing filter or value, and refuses a value out of range', async () => {
    expect((await cli(['set', '--manifest', manifest, '--to', '5'], env)).stderr).toContain(
      'at least one --where',
    );
    expect(
      (await cli(['set', '--manifest', manifest, '--where', 'timeoutSeconds=3'], env)).stderr,
    ).toContain('--to SECONDS');
    const high = await cli(
      [
        'set',
        '--manifest',
        manifest,
        '--where',
        'name=Score*',
        '--field',
        'functionTimeoutSeconds',
        '--to',
        '30',
      ],
      env,
    );
    expect(high.code).toBe(2);
    expect(high.stderr).toContain('from 1 to 15 for functionTimeoutSeconds');
  });
});
