import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startSimulator, type RunningSimulator } from '../simulator/index.js';
import { startFakeGitHub } from '../test/support/fake-github/index.js';
import { actionsToChange, applyTimeouts, connectSdk, listAllActions } from './baseline-sdk.js';
import { countRequests, type RequestCounts } from './protocol.js';
import { desiredByName, pickTargets, writeManifest } from './scenario.js';
import { actionEnv, runBundle, WORKFLOW_OF, type ProcessRun } from './shipped-process.js';

/**
 * What users run, measured: the shipped bundles (`dist/cli/index.js`, `dist/index.js`) as child
 * processes against the simulator (20 ms a response, a high stated rate limit), requests counted
 * by kind from the simulator's own request log, seconds and peak RSS per process; the SDK
 * baseline on the same change in the same run (in this process: its RSS is not the script's).
 */

export interface ShippedRow {
  run: string;
  actions: number;
  changes: number;
  seconds: number;
  /** Peak RSS of the process; null for the in-process baseline. */
  peakMiB: number | null;
  /**
   * Processes run for the row (absent: one). A peak RSS moves by ±10 MiB from run to run (when
   * the collector runs, when V8 compiles undici's parser), so rows near the memory target are run
   * several times and the row is the process with the highest peak.
   */
  of?: number;
  requests: number;
  byKind: RequestCounts['byKind'];
  rateLimited: number;
  /** Requests besides templates and the read of the org, per change (apply rows). */
  writePerChange: number | null;
  outcome: string;
}

export interface Profile {
  name: 'quick' | 'full';
  actions: number;
  changes: number;
  /** A match-all plan (every action changes) over this many actions, JSON output. */
  matchAll: number[];
}

export const PROFILES: Record<Profile['name'], Profile> = {
  quick: { name: 'quick', actions: 1_000, changes: 100, matchAll: [1_000] },
  full: { name: 'full', actions: 20_000, changes: 1_000, matchAll: [20_000, 100_000] },
};

const LATENCY_MS = 20;
const STATED_LIMIT = 60_000;

async function simulator(actions: number): Promise<RunningSimulator> {
  return startSimulator({
    seed: `scale:${actions}`,
    latencyMs: LATENCY_MS,
    rateLimitPerMinute: STATED_LIMIT,
    host: '127.0.0.1',
    port: 0,
  });
}

function counted(sim: RunningSimulator): RequestCounts {
  const counts = countRequests(sim.state.requests());
  sim.state.clearRequests();
  return counts;
}

function row(
  run: string,
  sim: RunningSimulator,
  proc: Pick<ProcessRun, 'seconds'> & { peakMiB: number | null },
  sizes: { actions: number; changes: number },
  outcome: string,
  apply: boolean,
): ShippedRow {
  const c = counted(sim);
  const k = c.byKind;
  const writes = k.get + k.patch + (apply ? k.ids : 0);
  return {
    run,
    ...sizes,
    seconds: Math.round(proc.seconds * 100) / 100,
    peakMiB: proc.peakMiB === null ? null : Math.round(proc.peakMiB),
    requests: c.total,
    byKind: k,
    rateLimited: c.rateLimited,
    writePerChange:
      apply && sizes.changes > 0 ? Math.round((writes / sizes.changes) * 1000) / 1000 : null,
    outcome,
  };
}

function cliEnv(sim: RunningSimulator): Record<string, string> {
  return {
    GENESYSCLOUD_OAUTHCLIENT_ID: sim.clientId,
    GENESYSCLOUD_OAUTHCLIENT_SECRET: sim.clientSecret,
  };
}

function ok(run: ProcessRun, what: string): ProcessRun {
  // The Action says why on stdout (workflow commands), the CLI on stderr.
  if (run.code !== 0) {
    const said = `${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`;
    throw new Error(`${what} exited ${run.code}: ${said}`);
  }
  return run;
}

/** CLI plan, apply --plan, apply --manifest; the Action's plan and apply on merge; the baseline. */
async function changeRuns(profile: Profile, dir: string, rows: ShippedRow[]): Promise<void> {
  const { actions, changes } = profile;
  const sim = await simulator(actions);
  try {
    const view = sim.state
      .listActions()
      .filter((a) => a.id.startsWith('custom_') && a.function === undefined)
      .map((a) => ({
        id: a.id,
        name: a.name,
        version: a.version,
        timeoutSeconds: a.config.timeoutSeconds,
        shape: '',
      }));
    const targets = pickTargets(view, changes);
    const manifest = await writeManifest(dir, targets);
    const sizes = { actions, changes };
    const base = ['--api-base-url', sim.url, '--manifest', manifest];
    const planFile = join(dir, 'plan.json');
    counted(sim);
    const plan = ok(
      await runBundle('dist/cli/index.js', ['plan', ...base, '--out', planFile], cliEnv(sim)),
      'plan',
    );
    rows.push(row('CLI plan', sim, plan, sizes, 'plan with evidence', false));
    const applyPlanRun = ok(
      await runBundle(
        'dist/cli/index.js',
        ['apply', '--plan', planFile, '--api-base-url', sim.url, '--yes'],
        cliEnv(sim),
      ),
      'apply --plan',
    );
    rows.push(row('CLI apply --plan', sim, applyPlanRun, sizes, 'applied', true));
    sim.state.reset();
    counted(sim);
    const applyManifest = ok(
      await runBundle('dist/cli/index.js', ['apply', ...base, '--yes'], cliEnv(sim)),
      'apply --manifest',
    );
    rows.push(row('CLI apply --manifest', sim, applyManifest, sizes, 'applied', true));
    sim.state.reset();
    counted(sim);
    await actionRuns(sim, manifest, dir, sizes, rows);
    sim.state.reset();
    counted(sim);
    const started = performance.now();
    const api = await connectSdk(Number(new URL(sim.url).port), sim.clientId, sim.clientSecret);
    const desired = desiredByName(targets);
    const patched = await applyTimeouts(
      api,
      actionsToChange(await listAllActions(api), desired),
      desired,
    );
    const seconds = (performance.now() - started) / 1000;
    rows.push(
      row(
        'SDK baseline (in process)',
        sim,
        { seconds, peakMiB: null },
        sizes,
        `${patched} patched`,
        true,
      ),
    );
  } finally {
    await sim.close();
  }
}

type FakeGitHub = Awaited<ReturnType<typeof startFakeGitHub>>;

/** The Action run on one event, on a workflow run the fake GitHub knows (it comments only then). */
type RunAction = (event: Parameters<typeof actionEnv>[1]) => Promise<ProcessRun>;

/** A fake GitHub with pull request 7 at `PR_HEAD`, and the Action run against it and `sim`. */
async function withAction<T>(
  sim: RunningSimulator,
  manifest: string,
  dir: string,
  work: (action: RunAction, gh: FakeGitHub) => Promise<T>,
): Promise<T> {
  const gh = await startFakeGitHub({ token: { kind: 'actions' } });
  try {
    const github = { url: gh.url, token: gh.token, ...gh.repository };
    const inputs = {
      manifest,
      label: 'bench',
      'api-base-url': sim.url,
      'client-id': sim.clientId,
      'client-secret': sim.clientSecret,
    };
    gh.addPullRequest({ number: 7, headSha: PR_HEAD });
    let runId = 4242;
    return await work(async (event) => {
      const id = ++runId;
      const sha = event.name === 'push' ? event.sha : event.headSha;
      gh.addWorkflowRun({ id, path: WORKFLOW_OF[event.name], event: event.name, headSha: sha });
      const run = await runBundle('dist/index.js', [], actionEnv(dir, event, github, inputs, id));
      gh.completeWorkflowRun(id);
      return run;
    }, gh);
  } finally {
    await gh.close();
  }
}

const PR_HEAD = 'a'.repeat(40);
const PLAN_EVENT = { name: 'pull_request', number: 7, headSha: PR_HEAD } as const;

async function actionRuns(
  sim: RunningSimulator,
  manifest: string,
  dir: string,
  sizes: { actions: number; changes: number },
  rows: ShippedRow[],
): Promise<void> {
  await withAction(sim, manifest, dir, async (action, gh) => {
    const merge = 'b'.repeat(40);
    const planned = ok(await action(PLAN_EVENT), 'Action plan');
    if (gh.commentsOn(7).length !== 1) throw new Error('the Action plan wrote no plan comment');
    rows.push(row('Action plan (PR comment)', sim, planned, sizes, 'plan comment', false));
    gh.updatePullRequest(7, { merged: true, mergeCommitSha: merge });
    const applied = ok(await action({ name: 'push', sha: merge }), 'Action apply');
    rows.push(row('Action apply on merge', sim, applied, sizes, 'applied', true));
  });
}

const MATCH_ALL = `version: 1\nactions:\n  - match: { name: '*' }\n    timeoutSeconds: 5\n`;

/** A manifest of `count` `name` entries, one for each of the first actions of the org. */
function namesManifest(sim: RunningSimulator, count: number): string {
  const lines = sim.state
    .listActions()
    .slice(0, count)
    .map((a) => `  - name: ${JSON.stringify(a.name)}\n    timeoutSeconds: 7\n`);
  return `version: 1\nactions:\n${lines.join('')}`;
}

interface OutputRun {
  run: string;
  manifest: string;
  args: string[];
  /** Exit codes that mean the run did its job (drift found is 2). */
  exits: number[];
  changes: (stdout: string) => number;
}

/** The runs over one org: the match-all JSON plan; on the largest org, the other large outputs. */
function outputRuns(
  sim: RunningSimulator,
  dir: string,
  actions: number,
  largest: boolean,
): OutputRun[] {
  const matchAll = join(dir, `match-all-${actions}.yaml`);
  writeFileSync(matchAll, MATCH_ALL);
  const json = ['--format', 'json'];
  const runs: OutputRun[] = [
    {
      run: 'CLI plan --format json, match-all',
      manifest: matchAll,
      args: ['plan', ...json],
      exits: [0],
      changes: jsonChanges,
    },
  ];
  if (!largest) return runs;
  const names = join(dir, `names-${actions}.yaml`);
  writeFileSync(names, namesManifest(sim, NAME_ENTRIES));
  return [
    ...runs,
    {
      run: 'CLI plan --format text, match-all',
      manifest: matchAll,
      args: ['plan', '--format', 'text'],
      exits: [0],
      changes: textChanges,
    },
    {
      run: 'CLI drift --format json, match-all',
      manifest: matchAll,
      args: ['drift', ...json],
      exits: [2],
      changes: jsonChanges,
    },
    {
      run: `CLI plan --format json, ${NAME_ENTRIES.toLocaleString('en-US')} names`,
      manifest: names,
      args: ['plan', ...json],
      exits: [0],
      changes: jsonChanges,
    },
    {
      // Two plans (the manifest's, then the recommended one's) and a recommendation per action.
      run: 'CLI recommend, match-all',
      manifest: matchAll,
      args: ['recommend'],
      exits: [0],
      changes: textChanges,
    },
  ];
}

/**
 * Processes per row over the largest org: its peak RSS is held against the 200 MiB target (issue
 * 17), and one process can land anywhere in a ±10 MiB spread.
 */
const LARGEST_RUNS = 3;

/**
 * A match-all plan: every action changes; evidence must stay bounded, JSON output streamed. On the
 * largest org, also the other outputs a user can ask for over it (text, drift), a plan of many
 * `name` entries and the Action's plan (its PR comment), each a process of its own, each run
 * LARGEST_RUNS times.
 */
async function matchAllRun(
  actions: number,
  dir: string,
  rows: ShippedRow[],
  largest: boolean,
): Promise<void> {
  const sim = await simulator(actions);
  const times = largest ? LARGEST_RUNS : 1;
  const sizes = (changes: number): { actions: number; changes: number } => ({ actions, changes });
  try {
    const runs = outputRuns(sim, dir, actions, largest);
    for (const r of runs) {
      const [command = 'plan', ...rest] = r.args;
      const args = [command, '--api-base-url', sim.url, '--manifest', r.manifest, ...rest];
      rows.push(
        await worstOf(times, async () => {
          counted(sim);
          const proc = await runBundle('dist/cli/index.js', args, cliEnv(sim));
          if (proc.code === null || !r.exits.includes(proc.code))
            throw new Error(`${r.run} exited ${proc.code}: ${proc.stderr.slice(-2000)}`);
          return row(r.run, sim, proc, sizes(r.changes(proc.stdout)), 'plan', false);
        }),
      );
    }
    if (!largest) return;
    const manifest = runs[0]?.manifest ?? '';
    await withAction(sim, manifest, dir, async (action) => {
      rows.push(
        await worstOf(times, async () => {
          counted(sim);
          const proc = ok(await action(PLAN_EVENT), 'Action plan over the largest org');
          const changes = Number(actionOutput(dir, 'pull_request', 'changes'));
          return row(
            'Action plan (PR comment), match-all',
            sim,
            proc,
            sizes(changes),
            'plan',
            false,
          );
        }),
      );
    });
  } finally {
    await sim.close();
  }
}

/**
 * The row of the process with the highest peak RSS of `times` runs, saying how many ran; each run
 * counts its own requests (the simulator's log is cleared before each).
 */
async function worstOf(times: number, run: () => Promise<ShippedRow>): Promise<ShippedRow> {
  let worst: ShippedRow | undefined;
  for (let i = 0; i < times; i++) {
    const next = await run();
    if (worst === undefined || (next.peakMiB ?? 0) > (worst.peakMiB ?? 0)) worst = next;
  }
  if (worst === undefined) throw new Error('no run');
  return times === 1 ? worst : { ...worst, of: times };
}

/** An output the Action set (core.setOutput writes `name<<delimiter`, the value, the delimiter). */
function actionOutput(dir: string, event: 'pull_request' | 'push', name: string): string {
  const text = readFileSync(join(dir, `output-${event}`), 'utf8');
  const m = new RegExp(`^${name}<<(\\S+)\\n([\\s\\S]*?)\\n\\1$`, 'm').exec(text);
  if (m?.[2] === undefined) throw new Error(`the Action set no ${name} output`);
  return m[2];
}

/** `name` entries of the many-entries plan (issue 17: 16,000 over 100,000 actions). */
const NAME_ENTRIES = 16_000;

const jsonChanges = (out: string): number =>
  (JSON.parse(out) as { counts: { changes: number } }).counts.changes;

/** The closing line's counts: "Plan: 2 to set, 3 to update, 1 to reset, …". */
function textChanges(out: string): number {
  const m = /Plan: (\d+) to set, (\d+) to update, (\d+) to reset/.exec(out);
  return m === null ? 0 : Number(m[1]) + Number(m[2]) + Number(m[3]);
}

export async function runShipped(profile: Profile): Promise<ShippedRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-bench-shipped-'));
  const rows: ShippedRow[] = [];
  await changeRuns(profile, dir, rows);
  const largest = Math.max(...profile.matchAll);
  for (const n of profile.matchAll) await matchAllRun(n, dir, rows, n === largest);
  return rows;
}
