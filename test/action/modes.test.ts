import { describe, expect, it } from 'vitest';
import { runApplyMode } from '../../src/action/apply-mode.js';
import { runDoctorMode } from '../../src/action/doctor-mode.js';
import { runDriftMode } from '../../src/action/drift-mode.js';
import { runPlanMode } from '../../src/action/plan-mode.js';
import type { ModeDeps } from '../../src/action/ports.js';
import { runValidateMode } from '../../src/action/validate-mode.js';
import { failureReason } from '../../src/app/failure.js';
import { parsePlanMarker, planMarker } from '../../src/github/marker.js';
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
  type MemoryOrg,
} from './fakes.js';

const MANIFEST = `version: 1
org:
  region: eu-west-1
policy:
  maxTimeoutSeconds: 45
actions:
  - name: Get Customer Order
    timeoutSeconds: 15
  - name: Lookup Account
    timeoutSeconds: default
`;

function liveOrg(): LiveAction[] {
  return [
    action('Get Customer Order', { timeoutSeconds: 10 }),
    action('Lookup Account', { timeoutSeconds: null }),
  ];
}

async function world(yaml = MANIFEST, over: Partial<Inputs> = {}, live = liveOrg()) {
  const manifest = await manifestFile(yaml);
  const org = memoryOrg(live);
  const github = memoryReview();
  const log = recordingLog();
  const artifacts = memoryArtifacts();
  const deps: ModeDeps = {
    inputs: inputs({ manifest, label: 'ivr', ...over }),
    ctx: context(),
    github,
    openOrg: org.open,
    artifacts,
    log,
    now: () => Date.parse('2026-12-02T12:00:00Z'),
  };
  return { deps, org, github, log, artifacts };
}

function untouched(org: MemoryOrg): void {
  expect(org.opened).toEqual([]);
  expect(org.applied).toEqual([]);
}

describe('validate mode', () => {
  it('annotates each finding once and fails with invalid-manifest when there is an error', async () => {
    const { deps, log, org } = await world(
      'version: 1\nactions:\n  - name: A\n    timeoutSeconds: 90\n',
    );
    const result = await runValidateMode(deps);
    expect(failureReason(result.failure)).toBe('invalid-manifest');
    expect(log.annotations.map((a) => [a.line, a.column, a.severity])).toEqual([[4, 21, 'error']]);
    expect(log.summaries.join('')).toContain('is invalid');
    untouched(org);
  });

  it('passes a valid manifest and says so in the summary', async () => {
    const { deps, log } = await world();
    const result = await runValidateMode(deps);
    expect(result.failure).toBeUndefined();
    expect(log.summaries.join('')).toContain('is valid');
  });
});

describe('plan mode', () => {
  it('plans once against the org of the manifest and keeps one sticky comment with the plan', async () => {
    const { deps, org, github, artifacts } = await world();
    const result = await runPlanMode(deps);
    expect(result.failure).toBeUndefined();
    expect(org.opened.map((o) => o.region)).toEqual(['eu-west-1']);
    expect(org.closed).toBe(1);
    expect(result.outputs).toMatchObject({ hasChanges: true, changes: 1, commentUrl: 'memory:7' });
    const body = github.comments.get(7)?.[0]?.body ?? '';
    expect(parsePlanMarker(body)).toMatchObject({
      label: 'ivr',
      fingerprint: result.outputs.fingerprint,
      changes: 1,
    });
    expect(JSON.parse(artifacts.files.get('gc-timeouts-plan.json') ?? '{}')).toMatchObject({
      fingerprint: result.outputs.fingerprint,
    });
    expect(JSON.parse(result.outputs.planJson ?? '')).toEqual(
      JSON.parse(artifacts.files.get('gc-timeouts-plan.json') ?? ''),
    );
  });

  it('fails with plan-errors for an unknown name, after commenting the plan', async () => {
    const { deps, github } = await world(`${MANIFEST}  - name: Nobody\n    timeoutSeconds: 5\n`);
    const result = await runPlanMode(deps);
    expect(failureReason(result.failure)).toBe('plan-errors');
    expect(result.failure?.message).toContain('no action named "Nobody"');
    expect(github.comments.get(7)).toHaveLength(1);
  });

  it('validates offline without credentials and says why in the comment, never opening the org', async () => {
    const { deps, org, github, log } = await world(MANIFEST, {
      clientId: undefined,
      clientSecret: undefined,
    });
    deps.ctx = context({ pullRequest: { number: 7, headSha: 'b'.repeat(40), isFork: true } });
    const result = await runPlanMode(deps);
    expect(result.failure).toBeUndefined();
    untouched(org);
    expect(log.lines.find((l) => l.level === 'notice')?.message).toContain('fork');
    // A fork's token is read-only: no comment is attempted.
    expect(github.comments.size).toBe(0);
  });

  it('comments an invalid manifest with a placeholder marker and fails before the org', async () => {
    const { deps, org, github } = await world('version: 1\nactions: []\nextra: 1\n');
    const result = await runPlanMode(deps);
    expect(failureReason(result.failure)).toBe('invalid-manifest');
    untouched(org);
    expect(parsePlanMarker(github.comments.get(7)?.[0]?.body ?? '')).toMatchObject({
      fingerprint: '',
      errors: 1,
    });
  });
});

async function reviewedWorld(over: Partial<Inputs> = {}) {
  const w = await world(MANIFEST, over);
  w.deps.ctx = context({ eventName: 'push', ref: 'refs/heads/main', pullRequest: undefined });
  const planned = await runPlanMode({ ...w.deps, ctx: context() });
  w.github.merged.set(w.deps.ctx.sha, 7);
  return { ...w, reviewed: planned.outputs.fingerprint ?? '' };
}

describe('apply mode', () => {
  it('applies the reviewed plan and marks its comment applied by the commit', async () => {
    const { deps, org, github } = await reviewedWorld();
    const result = await runApplyMode(deps);
    expect(result.failure).toBeUndefined();
    expect(result.outputs).toMatchObject({ applied: 1, failed: 0 });
    expect(org.live.find((a) => a.name === 'Get Customer Order')?.timeoutSeconds).toBe(15);
    expect(parsePlanMarker(github.comments.get(7)?.[0]?.body ?? '')?.applied).toBe(deps.ctx.sha);
  });

  it('refuses with plan-changed when the org moved after review, applying nothing', async () => {
    const { deps, org } = await reviewedWorld();
    const moved = org.live.find((a) => a.name === 'Get Customer Order');
    if (moved !== undefined) moved.timeoutSeconds = 12;
    const result = await runApplyMode(deps);
    expect(failureReason(result.failure)).toBe('plan-changed');
    expect(org.applied).toEqual([]);
  });

  it('applies the current plan with a warning when on-plan-change is apply', async () => {
    const { deps, org, github, log } = await reviewedWorld({ onPlanChange: 'apply' });
    github.comments.set(7, [
      { label: 'ivr', body: planMarker({ ...markerOf('ivr'), fingerprint: 'other' }) },
    ]);
    const result = await runApplyMode(deps);
    expect(result.failure).toBeUndefined();
    expect(org.applied).toHaveLength(1);
    expect(log.lines.some((l) => l.level === 'warning' && /changed after/.test(l.message))).toBe(
      true,
    );
  });

  it('does nothing once applied, and says by which commit', async () => {
    const { deps, org, log } = await reviewedWorld();
    await runApplyMode(deps);
    const again = await runApplyMode(deps);
    expect(again.failure).toBeUndefined();
    expect(org.applied).toHaveLength(1);
    expect(log.lines.at(-1)?.message).toContain(`Already applied by ${deps.ctx.sha}`);
  });
});

function markerOf(label: string) {
  return {
    label,
    region: 'eu-west-1',
    manifest: 'm',
    fingerprint: '',
    version: '0',
    changes: 1,
    errors: 0,
  };
}

describe('drift mode', () => {
  it('reports drift in the outputs and the issue, and fails only when asked', async () => {
    const { deps, github } = await world(MANIFEST, { driftIssue: true });
    const quiet = await runDriftMode(deps);
    expect(quiet.outputs.drift).toBe(true);
    expect(quiet.failure).toBeUndefined();
    expect(github.driftSyncs.map((s) => s.drifted)).toEqual([true]);
    expect(github.driftSyncs[0]?.now?.toISOString()).toBe('2026-12-02T12:00:00.000Z');
    const strict = await runDriftMode({ ...deps, inputs: { ...deps.inputs, failOnDrift: true } });
    expect(failureReason(strict.failure)).toBe('drift');
  });

  it('is in sync once the org matches', async () => {
    const live = liveOrg().map((a) =>
      a.name === 'Get Customer Order' ? { ...a, timeoutSeconds: 15 } : a,
    );
    const { deps } = await world(MANIFEST, {}, live);
    const result = await runDriftMode(deps);
    expect(result.outputs).toMatchObject({ drift: false, changes: 0 });
  });
});

describe('doctor mode', () => {
  it('puts the checks in the job summary and passes when nothing failed', async () => {
    const { deps, org, log } = await world();
    org.doctorChecks = [
      { name: 'login', status: 'ok', detail: 'token obtained' },
      { name: 'rate limit', status: 'ok', detail: 'the org states 180 requests a minute' },
    ];
    const result = await runDoctorMode(deps);
    expect(result.failure).toBeUndefined();
    expect(org.opened.map((o) => o.region)).toEqual(['eu-west-1']);
    expect(org.closed).toBe(1);
    expect(log.summaries.join('')).toContain(
      '| rate limit | ok | the org states 180 requests a minute |',
    );
  });

  it('fails the step naming the failed checks', async () => {
    const { deps, org, log } = await world();
    org.doctorChecks = [
      { name: 'login', status: 'ok', detail: 'token obtained' },
      { name: 'permission integrations:integration:view', status: 'fail', detail: 'lacks it' },
    ];
    const result = await runDoctorMode(deps);
    expect(result.failure?.message).toBe('doctor: permission integrations:integration:view failed');
    expect(failureReason(result.failure)).toBe('auth-failed');
    expect(log.summaries.join('')).toContain('1 check failed');
  });
});
