import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../simulator/index.js';
import { runCli } from '../../src/cli/run.js';
import { cli as plainCli, type CliRun } from '../support/cli.js';

/** A fixed clock: the simulator's analytics are a function of the queried interval. */
const NOW = Date.parse('2026-12-01T12:00:00Z');
async function cli(args: string[], env: NodeJS.ProcessEnv): Promise<CliRun> {
  if (args[0] === 'validate') return plainCli(args, env);
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: { write: (t: string) => (stdout += t) },
    stderr: { write: (t: string) => (stderr += t) },
    env,
    cwd: process.cwd(),
    now: () => NOW,
  });
  return { code, stdout, stderr };
}

const EXAMPLE = 'examples/gc-timeouts.yaml';
let sim: RunningSimulator;
let env: NodeJS.ProcessEnv;
let manifest: string;

beforeEach(async () => {
  sim = await startSimulator({ seed: 'demo' });
  env = {
    GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
    GENESYSCLOUD_API_BASE_URL: sim.url,
    // Tables fit this width (a terminal's, or COLUMNS); wide enough here that nothing is cut.
    COLUMNS: '400',
  };
  manifest = join(mkdtempSync(join(tmpdir(), 'gc-timeouts-recommend-')), 'gc-timeouts.yaml');
  copyFileSync(EXAMPLE, manifest);
});
afterEach(async () => {
  await sim.close();
});

const lines = (text: string): string[] => text.split('\n');
const commentsOf = (text: string): string[] => lines(text).filter((l) => l.includes('#'));

describe('gc-timeouts recommend on the demo org', () => {
  it('--write changes only value lines, keeps every comment, and the plan shows the new values', async () => {
    const before = readFileSync(manifest, 'utf8');
    const run = await cli(['recommend', '--manifest', manifest, '--write'], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Recommended timeouts: 10 changes to the org');
    // "from" is the org's value, as in the plan (the manifest says 15 s, the org has 10 s).
    expect(run.stdout).toMatch(
      /Get Customer Order +ERP Web Services +timeoutSeconds +10 s → 17 s +p99 11\.\d s × 1\.5 → 17 s \([\d,]+ runs, 7 days\)/,
    );
    expect(run.stdout).toContain('Wrote 8 values to');
    expect(run.stdout).toContain('(the 10 changes planned above)');

    const after = readFileSync(manifest, 'utf8');
    expect(lines(after)).toHaveLength(lines(before).length);
    // Only value lines differ: same key, same indentation, a new number (analytics move a little
    // with the clock, so the numbers are checked against the plan below, not hard-coded).
    const changed = lines(before).flatMap((line, i) => (line === lines(after)[i] ? [] : [i + 1]));
    expect(changed).toEqual([20, 25, 29, 34, 38, 44, 48, 53]);
    for (const n of changed) {
      const key = /^(\s+(?:function)?[tT]imeoutSeconds: )\S+$/.exec(
        lines(before)[n - 1] ?? '',
      )?.[1];
      expect(key, `line ${n}`).toBeDefined();
      expect(lines(after)[n - 1]).toMatch(new RegExp(`^${key}\\d+$`));
    }
    expect(commentsOf(after)).toEqual(commentsOf(before));

    const plan = await cli(['plan', '--manifest', manifest, '--format', 'json'], env);
    const json = JSON.parse(plan.stdout) as {
      entries: { line: number | null; to: number | null }[];
    };
    for (const n of changed) {
      const written = Number(/(\d+)$/.exec(lines(after)[n - 1] ?? '')?.[1]);
      const rows = json.entries.filter((e) => e.line === n);
      expect(rows.length, `plan rows of line ${n}`).toBeGreaterThan(0);
      expect(rows.every((e) => e.to === written)).toBe(true);
    }
    expect(lines(after)[19]).toBe('    timeoutSeconds: 17'); // Get Customer Order: p99 11.x s × 1.5
    expect(lines(after)[47]).toBe('    functionTimeoutSeconds: 15'); // held to the API maximum

    const again = await cli(['recommend', '--manifest', manifest], env);
    expect(again.stdout).toContain('Nothing to change in');
  });

  it('without --write changes nothing; --split-globs adds one entry per action of the glob', async () => {
    const before = readFileSync(manifest, 'utf8');
    const dry = await cli(['recommend', '--manifest', manifest, '--split-globs'], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Run with --write to put 7 values and 4 new entries in');
    expect(readFileSync(manifest, 'utf8')).toBe(before);

    await cli(['recommend', '--manifest', manifest, '--split-globs', '--write'], env);
    const after = readFileSync(manifest, 'utf8');
    expect(after).toContain(
      "  - match: { category: Salesforce, name: 'Lookup *' }\n    timeoutSeconds: 20\n\n  - name: Lookup Account (Verified Caller)\n    integration: Salesforce CRM\n    timeoutSeconds: 6\n",
    );
    expect(commentsOf(after)).toEqual(commentsOf(before));
    expect((await cli(['validate', '--manifest', manifest], env)).code).toBe(0);
  });

  it('reads the org and its latency once for its two plans and the split, not once for each', async () => {
    for (const args of [[], ['--split-globs']]) {
      sim.state.clearRequests();
      const run = await cli(['recommend', '--manifest', manifest, ...args], env);
      expect(run.code).toBe(0);
      // The listing's first page: each read of the org asks for it once.
      const firstPages = sim.state
        .requests()
        .filter((r) => r.method === 'GET' && r.path === '/api/v2/integrations/actions')
        .filter((r) => (r.query['pageNumber'] ?? '1') === '1');
      expect(firstPages).toHaveLength(1);
      // Latency too: the recommended manifest's plan shows what the recommendation was made from.
      // (The failure share groups by error as well: a query of its own, for the largest changes.)
      const latencyQueries = sim.state
        .requests()
        .filter((r) => r.path === '/api/v2/analytics/actions/aggregates/query')
        .filter((r) => (r.body as { groupBy?: string[] }).groupBy?.join() === 'actionId');
      expect(latencyQueries).toHaveLength(1);
    }
  });
});

/** The recommendation's rows: action, field, from and to, as printed. */
function recommendedRows(stdout: string): string[] {
  const table = stdout.slice(0, stdout.indexOf('\ngc-timeouts plan for'));
  return [
    ...table.matchAll(
      /^ {2}[~+-] {2}(.+?) {2,}.*?(\w*[tT]imeoutSeconds) +(\S+(?: s)?) → (\S+(?: s)?)/gm,
    ),
  ].map((m) => `${m[1]} ${m[2]} ${m[3]} → ${m[4]}`);
}

describe('recommend and recommend --write agree', () => {
  it('shows exactly the changes that --write then makes, in count, from and to', async () => {
    const dry = await cli(['recommend', '--manifest', manifest], env);
    const shown = recommendedRows(dry.stdout);
    const count = Number(/Recommended timeouts: (\d+) changes to the org/.exec(dry.stdout)?.[1]);
    expect(shown.length).toBe(count);
    expect(count).toBeGreaterThan(5);

    const write = await cli(['recommend', '--manifest', manifest, '--write'], env);
    expect(recommendedRows(write.stdout)).toEqual(shown);
    const plan = await cli(['plan', '--manifest', manifest, '--format', 'json'], env);
    const json = JSON.parse(plan.stdout) as {
      entries: {
        op: string;
        actionName: string;
        field: string;
        from: number | null;
        to: number | null;
      }[];
    };
    const t = (v: number | null): string => (v === null ? 'default' : `${v} s`);
    const planned = json.entries
      .filter((e) => ['set', 'update', 'reset'].includes(e.op))
      .map((e) => `${e.actionName} ${e.field} ${t(e.from)} → ${t(e.to)}`);
    expect([...planned].sort()).toEqual([...shown].sort());
  });
});

describe('who calls it, from the command line', () => {
  it('a token without architect:dependencyTracking:view plans with one note and no flows', async () => {
    const limited = await startSimulator({
      seed: 'demo',
      permissions: [
        'integrations:action:view',
        'integrations:integration:view',
        'integrations:actionFunction:view',
      ],
    });
    try {
      const run = await cli(['plan', '--manifest', EXAMPLE], {
        ...env,
        GENESYSCLOUD_API_BASE_URL: limited.url,
      });
      expect(run.code).toBe(0);
      expect(run.stdout.match(/architect:dependencyTracking:view/g)).toHaveLength(1);
      expect(run.stdout).toContain(
        'Note: flows not shown: the OAuth client lacks architect:dependencyTracking:view',
      );
      expect(run.stdout).not.toContain('used by');
      const denied = limited.state.requests().filter((r) => r.path.includes('dependencytracking'));
      expect(denied.map((r) => r.status)).toEqual([403]);
    } finally {
      await limited.close();
    }
  });

  it('with the permission, the demo plan names the flows of each changed action', async () => {
    const run = await cli(['plan', '--manifest', EXAMPLE], env);
    expect(run.stdout).toContain(
      'Flows that use the changed actions, as of the last dependency build:',
    );
    expect(run.stdout).toContain(
      '  Get Customer Order (ERP Web Services): used by 2 flows: Main IVR, Where Is My Order',
    );
    expect(run.stdout).toMatch(/^ {2}\d actions? used by no flow: .*Lookup Case by Number/m);
  });
});
