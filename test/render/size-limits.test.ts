import { describe, expect, it } from 'vitest';
import { runPlanMode } from '../../src/action/plan-mode.js';
import type { ModeDeps } from '../../src/action/ports.js';
import { assertBodyFits, MAX_BODY_LENGTH } from '../../src/github/errors.js';
import { stampPlanMarker } from '../../src/github/marker.js';
import type { Diagnostic } from '../../src/manifest/types.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderValidationMarkdown } from '../../src/render/validation.js';
import {
  context,
  inputs,
  manifestFile,
  memoryArtifacts,
  memoryOrg,
  memoryReview,
  recordingLog,
} from '../action/fakes.js';
import { plan, problem } from './plans.js';

const RULES = ['schema', 'policy', 'conflict'] as const;

/** 10,000 findings: errors of three rules (a few with a pasted 20,000-character value), then 50 warnings. */
function findings(errors = 10_000, warnings = 50): Diagnostic[] {
  const at = (i: number, severity: Diagnostic['severity'], rule: string): Diagnostic => ({
    severity,
    rule,
    file: 'gc-timeouts.yaml',
    line: i + 4,
    column: 5,
    path: `actions[${i}]`,
    message:
      i % 1_000 === 7
        ? `actions[${i}].name is ${'x'.repeat(20_000)}`
        : `actions[${i}].timeoutSeconds is 999, above policy.maxTimeoutSeconds (60)`,
  });
  // Warnings first in the file: the shortened table must still show errors first.
  return [
    ...Array.from({ length: warnings }, (_, i) => at(i, 'warning', 'shadowed-match')),
    ...Array.from({ length: errors }, (_, i) => at(warnings + i, 'error', RULES[i % 3] ?? '')),
  ];
}

const rows = (markdown: string): string[] =>
  markdown.split('\n').filter((l) => /^\| (Error|Warning) \|/.test(l));

describe('a validation comment for 10,000 errors', () => {
  const result = { diagnostics: findings() };

  it('fits a PR comment: the first errors in full, then a count per rule', () => {
    const markdown = renderValidationMarkdown('gc-timeouts.yaml', result);
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    expect(markdown).toContain('gc-timeouts.yaml is invalid');
    expect(markdown).toContain('10000 errors, 50 warnings');
    const listed = rows(markdown);
    expect(listed.length).toBeGreaterThan(100);
    expect(listed.every((l) => l.startsWith('| Error |'))).toBe(true);
    expect(listed[0]).toContain('gc-timeouts.yaml:54:5');
    expect(markdown).toMatch(
      new RegExp(`… and ${10_050 - listed.length} more findings, not listed`),
    );
    expect(markdown).toContain('| schema | 3334 | 0 |');
    expect(markdown).toContain('| shadowed-match | 0 | 50 |');
    // The pasted value is cut in its row, not carried whole.
    expect(markdown).not.toContain('x'.repeat(1_000));
  });

  it('degrades in steps as the room shrinks, never past the limit', () => {
    const some = renderValidationMarkdown('gc-timeouts.yaml', result, { maxLength: 3_000 });
    expect(rows(some).length).toBeGreaterThan(0);
    const perRule = renderValidationMarkdown('gc-timeouts.yaml', result, { maxLength: 400 });
    expect(rows(perRule)).toEqual([]);
    expect(perRule).toContain('| conflict | 3333 | 0 |');
    const counts = renderValidationMarkdown('gc-timeouts.yaml', result, { maxLength: 200 });
    expect(counts).toBe(
      '### gc-timeouts: gc-timeouts.yaml is invalid\n\n10000 errors, 50 warnings.',
    );
    for (const maxLength of [0, 50, 199, 401, 1_237, 9_999, 33_333, 61_000, 70_000]) {
      const fitted = renderValidationMarkdown('🙂'.repeat(400), result, { maxLength });
      expect(fitted.length).toBeLessThanOrEqual(maxLength);
      expect(fitted).not.toMatch(/[\ud800-\udbff]$/);
    }
  });

  it('is unchanged when it fits', () => {
    const few = { diagnostics: findings(3, 1) };
    const markdown = renderValidationMarkdown('gc-timeouts.yaml', few);
    expect(rows(markdown)).toHaveLength(4);
    expect(markdown).not.toContain('Shortened');
  });
});

describe('a plan comment for 10,000 errors', () => {
  it('lists the first errors in full, counts them per kind, and fits', () => {
    const problems = Array.from({ length: 10_000 }, (_, i) =>
      problem(i % 4 === 0 ? 'warning' : 'error', `entry ${i} names no action in the org`, i + 4),
    );
    const markdown = renderMarkdown(plan([], problems));
    expect(markdown.length).toBeLessThanOrEqual(60_000);
    expect(markdown).toContain('**Errors by kind:** `unknown-name` 7500');
    expect(markdown).toContain('entry 1 names no action in the org');
    expect(markdown).toMatch(/- … and \d+ more errors/);
  });
});

describe('the Action with a 10,000-error manifest', () => {
  it('writes a PR comment GitHub accepts', async () => {
    const lines = ['version: 1', 'org: { region: eu-west-1 }', 'actions:'];
    for (let i = 0; i < 10_000; i++) lines.push(`  - { name: a${i}, timeoutSeconds: 999 }`);
    const manifest = await manifestFile(`${lines.join('\n')}\n`);
    const github = memoryReview();
    const deps: ModeDeps = {
      inputs: inputs({ manifest, label: 'ivr' }),
      ctx: context(),
      github,
      openOrg: memoryOrg([]).open,
      artifacts: memoryArtifacts(),
      log: recordingLog(),
      now: Date.now,
    };

    const result = await runPlanMode(deps);

    expect(result.failure).toBeDefined();
    const body = github.comments.get(7)?.[0]?.body ?? '';
    expect(body).toContain('10000 errors');
    const stamped = stampPlanMarker(body, {
      id: 99_999_999_999,
      workflow: '.github/workflows/plan.yml',
    });
    expect(() => assertBodyFits('plan comment', stamped)).not.toThrow();
    expect(stamped.length).toBeLessThan(MAX_BODY_LENGTH);
  }, 30_000);
});
