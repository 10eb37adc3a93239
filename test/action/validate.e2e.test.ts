import { describe, expect, it } from 'vitest';
import { runAction } from '../support/run-action.js';

describe('dist/index.js in validate mode, run as the runner runs it', () => {
  it('annotates each error on its manifest line, writes a summary table, and fails once', async () => {
    const manifest = 'test/fixtures/invalid/many-errors.yaml';
    const run = await runAction({ mode: 'validate', manifest });

    expect(run.code).toBe(1);
    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    const title = 'title=gc-timeouts%3A invalid manifest';
    expect(annotations).toEqual([
      `::error ${title},file=${manifest},line=4,col=21::actions[0].timeoutSeconds must be a whole number of seconds from 1 to 60, or default (got 61)`,
      `::error ${title},file=${manifest},line=6,col=21::actions[1].timeoutSeconds must be a whole number of seconds from 1 to 60, or default (got -5)`,
      `::error ${title},file=${manifest},line=7,col=5::actions[2] has an unknown key "nme"; did you mean "name"?`,
      `::error::gc-timeouts: ${manifest} is invalid: 3 errors, 0 warnings (see the annotations)`,
    ]);
    expect(run.outputs['failure-reason']).toBe('invalid-manifest');
    expect(run.summary).toContain(`### gc-timeouts: ${manifest} is invalid`);
    expect(run.summary).toContain('| Severity | Where | Problem |');
    expect(run.summary).toContain(
      `| Error | ${manifest}:4:21 | actions\\[0\\].timeoutSeconds must be a whole number`,
    );
    expect(run.summary.match(/^\| Error \|/gm)).toHaveLength(3);
  });

  it('passes on a valid manifest with auto mode, turning warnings into warning annotations', async () => {
    const run = await runAction({ manifest: 'examples/gc-timeouts.yaml' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^::warning title=gc-timeouts%3A warning,file=examples\/gc-timeouts.yaml,line=\d+,col=21::/m,
    );
    expect(run.stdout).not.toContain('::error');
    expect(run.summary).toContain('is valid');
    expect(run.summary).toContain('0 errors, 1 warning, 8 entries.');
    // Every output is set in every mode, so a later step never reads an unset one.
    expect(run.outputs).toEqual({
      'has-changes': 'false',
      changes: '0',
      'plan-json': '',
      fingerprint: '',
      drift: 'false',
      applied: '0',
      failed: '0',
      'apply-report': '',
      'failure-reason': '',
      'comment-url': '',
    });
  });

  it('fails with a clear message on a bad input value', async () => {
    const run = await runAction({ mode: 'dryrun', manifest: 'examples/gc-timeouts.yaml' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '::error::gc-timeouts: input mode must be one of auto, validate, plan, apply, drift, doctor (got "dryrun")',
    );
  });
});
