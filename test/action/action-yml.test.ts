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
      'region',
      'client-id',
      'client-secret',
      'api-base-url',
      'github-token',
      'comment',
      'label',
      'on-plan-change',
      'fail-on-drift',
      'drift-issue',
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
    ]);
  });
});
