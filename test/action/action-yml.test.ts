import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

interface ActionYml {
  runs: { using: string; main: string };
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const action = parse(readFileSync('action.yml', 'utf8')) as ActionYml;

describe('action.yml', () => {
  it('runs the committed bundle on node24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares every input of the design, each with a description and a default', () => {
    expect(Object.keys(action.inputs)).toEqual([
      'mode',
      'manifest',
      'environment',
      'region',
      'client-id',
      'client-secret',
      'api-base-url',
      'github-token',
      'comment',
      'label',
      'on-plan-change',
      'fail-on-drift',
      'deadline-minutes',
      'drift-issue',
      'recommend',
    ]);
    for (const [name, input] of Object.entries(action.inputs)) {
      expect(input.description.length, name).toBeGreaterThan(10);
      expect(typeof input.default, name).toBe('string');
    }
  });

  it('declares every output of the design', () => {
    expect(Object.keys(action.outputs)).toEqual([
      'has-changes',
      'changes',
      'plan-json',
      'fingerprint',
      'drift',
      'applied',
      'failed',
      'failure-reason',
      'comment-url',
      'apply-report',
    ]);
  });
});

describe('examples/workflows', () => {
  const names = ['plan.yml', 'apply.yml', 'drift.yml'];

  it.each(names)(
    '%s passes only inputs the Action declares, and pins third-party actions by SHA',
    (name) => {
      const workflow = parse(readFileSync(`examples/workflows/${name}`, 'utf8')) as {
        jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }>;
      };
      const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
      const ours = steps.filter((s) => s.uses?.includes('/gc-timeouts@'));
      expect(ours).toHaveLength(1);
      for (const key of Object.keys(ours[0]?.with ?? {}))
        expect(Object.keys(action.inputs)).toContain(key);
      for (const step of steps.filter(
        (s) => s.uses !== undefined && !s.uses.includes('/gc-timeouts@'),
      )) {
        expect(step.uses).toMatch(/@[0-9a-f]{40}$/);
      }
    },
  );
});
