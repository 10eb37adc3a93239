import { describe, expect, it } from 'vitest';
import { runApplyMode } from '../../src/action/apply-mode.js';
import { runDriftMode } from '../../src/action/drift-mode.js';
import { runPlanMode } from '../../src/action/plan-mode.js';
import type { ModeDeps } from '../../src/action/ports.js';
import type { Inputs } from '../../src/action/inputs.js';
import type { LiveAction } from '../../src/plan/types.js';
import { action } from '../plan/fixtures.js';
import {
  context,
  inputs,
  manifestFile,
  memoryArtifacts,
  memoryOrg,
  memoryReview,
  recordingLog,
} from './fakes.js';

const MANIFEST = `version: 1
org:
  region: eu-west-1
actions:
  - name: Get Customer Order
    timeoutSeconds: 15
    acceptDrift: { until: 2027-01-31, reason: INC-4411 ERP outage }
  - name: Lookup Account
    timeoutSeconds: 8
`;

const LIVE = (): LiveAction[] => [
  action('Get Customer Order', { timeoutSeconds: 40 }),
  action('Lookup Account', { timeoutSeconds: 8 }),
];

async function world(over: Partial<Inputs>, day = '2027-01-15') {
  const org = memoryOrg(LIVE());
  const github = memoryReview();
  // What analytics would report on a real org: given to the plans that ask for latency.
  const byAction = new Map(org.live.map((a) => [a.id, { count: 900, p95: 8_000, p99: 11_000 }]));
  org.latency = { days: 7, byAction };
  const deps: ModeDeps = {
    inputs: inputs({ manifest: await manifestFile(MANIFEST), label: 'ivr', ...over }),
    ctx: context(),
    github,
    openOrg: org.open,
    artifacts: memoryArtifacts(),
    log: recordingLog(),
    now: () => Date.parse(`${day}T12:00:00Z`),
  };
  return { deps, github };
}

describe('plan mode with recommend: true', () => {
  it('adds the recommendation as a collapsed section after the plan', async () => {
    const { deps, github } = await world({ recommend: true });
    await runPlanMode(deps);
    const body = github.comments.get(7)?.[0]?.body ?? '';
    const at = body.indexOf('<details><summary>Recommended timeouts: 2 changes</summary>');
    expect(at).toBeGreaterThan(body.indexOf('Fingerprint'));
    expect(body.slice(at)).toContain(
      '| Lookup Account | ERP Web Services | `timeoutSeconds` | 8 s | **17 s** | p99 11.0 s × 1.5 → 17 s (900 runs, 7 days) |',
    );
    expect(body.slice(at)).toContain('gc-timeouts recommend --write');
  });

  it('leaves the comment as it was without the input', async () => {
    const { deps, github } = await world({});
    await runPlanMode(deps);
    expect(github.comments.get(7)?.[0]?.body ?? '').not.toContain('Recommended timeouts');
  });
});

describe('drift mode with acceptDrift', () => {
  it('is no drift before the date, with the accepted difference in the summary', async () => {
    const { deps } = await world({ mode: 'drift' });
    const result = await runDriftMode(deps);
    expect(result.outputs.drift).toBe(false);
    const summary = (deps.log as ReturnType<typeof recordingLog>).summaries.join('\n');
    expect(summary).toContain('gc-timeouts: no drift in eu-west-1');
    expect(summary).toContain('accepted until 2027-01-31: INC-4411 ERP outage');
  });

  it('is drift again the day after', async () => {
    const { deps } = await world({ mode: 'drift' }, '2027-02-01');
    const result = await runDriftMode(deps);
    expect(result.outputs.drift).toBe(true);
    expect((deps.log as ReturnType<typeof recordingLog>).summaries.join('\n')).not.toContain(
      'accepted until',
    );
  });
});

describe('apply mode audit trail', () => {
  it('writes the apply report to the runner temp directory and names it in the apply-report output', async () => {
    const { deps } = await world({ mode: 'apply', onPlanChange: 'apply' });
    const result = await runApplyMode({
      ...deps,
      ctx: context({ eventName: 'push', ref: 'refs/heads/main', pullRequest: undefined }),
    });
    expect(result.outputs.applyReport).toBe('/runner/temp/gc-timeouts-apply-report.json');
    const saved =
      (deps.artifacts as ReturnType<typeof memoryArtifacts>).files.get(
        'gc-timeouts-apply-report.json',
      ) ?? '{}';
    expect(JSON.parse(saved)).toMatchObject({
      format: 1,
      counts: { applied: 1, failed: 0 },
      results: [{ actionName: 'Get Customer Order', from: 40, to: 15, status: 'applied' }],
    });
  });
});

describe('plan errors as annotations', () => {
  it('annotates each plan-time error on its own manifest line and column', async () => {
    const yaml = `version: 1
org:
  region: eu-west-1
actions:
  - name: Get Custmer Order
    timeoutSeconds: 15
  - name: Lookup Account
    functionTimeoutSeconds: 5
  - id: static_1
    timeoutSeconds: 9
`;
    const org = memoryOrg([...LIVE(), action('Get User', { id: 'static_1', kind: 'static' })]);
    const log = recordingLog();
    const result = await runPlanMode({
      inputs: inputs({ manifest: await manifestFile(yaml), label: 'ivr' }),
      ctx: context(),
      github: memoryReview(),
      openOrg: org.open,
      artifacts: memoryArtifacts(),
      log,
      now: () => 0,
    });
    expect(result.failure?.message).toContain('the plan has 3 errors');
    expect(log.annotations.map((a) => `${a.line}:${a.column} ${a.rule}`)).toEqual([
      '5:11 plan:unknown-name',
      '8:29 plan:not-a-function-action',
      '9:9 plan:static-action',
    ]);
    expect(
      log.annotations.every((a) => a.file.endsWith('gc-timeouts.yaml') && a.severity === 'error'),
    ).toBe(true);
    expect(log.annotations[0]?.message).toContain('did you mean "Get Customer Order"');
  });
});
