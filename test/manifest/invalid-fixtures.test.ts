import { mkdtempSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const DIR = 'test/fixtures/invalid';

/**
 * Each malformed manifest, where its first error must point, and words its message must contain.
 * `errors` is the exact number of errors reported, so noise from one mistake is caught too.
 */
const CASES: { file: string; at: string; words: string[]; errors?: number }[] = [
  {
    file: 'syntax-unclosed-quote',
    at: '3:11',
    words: ['YAML syntax error', 'never closed', 'missing closing " quote'],
  },
  { file: 'syntax-unclosed-single-quote', at: '4:13', words: ["missing closing ' quote"] },
  {
    file: 'alias-entry-error',
    at: '8:5',
    words: ['actions[2] selects the same action as actions[0]', 'from the anchor &order at line 4'],
  },
  {
    file: 'alias-value-error',
    at: '7:29',
    words: [
      'actions[1].functionTimeoutSeconds must be',
      'got 30',
      'from the anchor &slow at line 4',
    ],
  },
  { file: 'complex-key', at: '4:7', words: ['a key must be plain text', 'a list'] },
  { file: 'nested-too-deeply', at: '3:72', words: ['nested too deeply', 'more than 64 levels'] },
  {
    file: 'bidi-name',
    at: '5:11',
    words: ['name "Refund \\u202Eredro\\u200B"'],
  },
  {
    file: 'long-id',
    at: '5:9',
    words: ['id "custom_-_aaaa', '…" (2000 characters)'],
  },
  { file: 'syntax-bad-indent', at: '3:11', words: ['YAML syntax error'], errors: 2 },
  { file: 'syntax-tab-indent', at: '3:1', words: ['tabs'] },
  { file: 'syntax-unclosed-flow', at: '4:5', words: ['YAML syntax error', '}'] },
  { file: 'duplicate-key-root', at: '3:1', words: ['duplicate key "version"'] },
  { file: 'duplicate-key-entry', at: '5:5', words: ['duplicate key "timeoutSeconds"'] },
  { file: 'multiple-documents', at: '3:1', words: ['single YAML document', '---'] },
  { file: 'unknown-tag', at: '4:21', words: ['unknown tag', '!seconds'] },
  { file: 'alias-bomb', at: '3:8', words: ['alias bomb', 'more than 100'] },
  { file: 'empty', at: '1:1', words: ['empty', 'version: 1'] },
  { file: 'comments-only', at: '1:1', words: ['empty'] },
  { file: 'root-list', at: '1:1', words: ['must be a mapping', 'got a list'] },
  { file: 'root-scalar', at: '1:1', words: ['must be a mapping', '"timeouts"'] },
  { file: 'version-wrong', at: '1:10', words: ['version must be 1', 'got 2'] },
  { file: 'version-string', at: '1:10', words: ['version must be 1', 'got "1"'] },
  { file: 'version-missing', at: '1:1', words: ['missing the required key "version"'] },
  { file: 'actions-missing', at: '1:1', words: ['missing the required key "actions"'] },
  { file: 'actions-not-list', at: '3:3', words: ['actions must be a list', 'got a mapping'] },
  { file: 'unknown-root-key', at: '2:1', words: ['unknown key "polcy"', 'did you mean "policy"'] },
  {
    file: 'unknown-entry-key',
    at: '4:5',
    words: ['unknown key "timeout"', 'did you mean "timeoutSeconds"'],
  },
  {
    file: 'unknown-match-key',
    at: '3:14',
    words: ['actions[0].match', 'unknown key "nane"', 'did you mean "name"'],
  },
  {
    file: 'timeout-too-high',
    at: '8:21',
    words: ['actions[2].timeoutSeconds', 'from 1 to 60', 'got 90'],
  },
  {
    file: 'timeout-zero',
    at: '4:21',
    words: ['actions[0].timeoutSeconds', 'from 1 to 60', 'got 0'],
  },
  { file: 'timeout-fraction', at: '4:21', words: ['whole number', 'got 7.5'] },
  { file: 'timeout-string', at: '4:21', words: ['or default', 'got "15s"'] },
  { file: 'timeout-null', at: '4:20', words: ['actions[0].timeoutSeconds', 'got nothing'] },
  {
    file: 'function-timeout-too-high',
    at: '4:29',
    words: ['functionTimeoutSeconds must be between 1 and 15', 'got 30'],
  },
  {
    file: 'function-timeout-default',
    at: '4:29',
    words: ['functionTimeoutSeconds must be a whole number', 'got "default"'],
  },
  {
    file: 'two-selectors',
    at: '4:5',
    words: ['more than one selector', 'name, id', 'exactly one'],
  },
  { file: 'no-selector', at: '3:5', words: ['actions[0] has no selector', 'id, name or match'] },
  {
    file: 'no-timeout',
    at: '3:5',
    words: ['sets no timeout', 'timeoutSeconds', 'functionTimeoutSeconds'],
  },
  {
    file: 'integration-without-name',
    at: '4:5',
    words: ['actions[0].integration', 'name selector'],
  },
  { file: 'empty-match', at: '3:12', words: ['actions[0].match needs at least one of'] },
  { file: 'empty-name', at: '3:11', words: ['actions[0].name must not be empty'] },
  {
    file: 'region-typo',
    at: '3:11',
    words: ['org.region', 'got "us-east1"', 'did you mean "us-east-1"'],
  },
  {
    file: 'unmanaged-enum',
    at: '3:14',
    words: ['policy.unmanaged must be one of', '"report"', 'got "warn"'],
  },
  {
    file: 'max-changes-zero',
    at: '3:15',
    words: ['policy.maxChanges must be at least 1', 'got 0'],
  },
  {
    file: 'duplicate-name',
    at: '7:11',
    words: ['actions[2] selects the same action as actions[0] (line 3)', 'Get Customer Order'],
  },
  {
    file: 'duplicate-id',
    at: '5:9',
    words: ['actions[1] selects the same action as actions[0]', 'custom_-_4b1e6c52'],
  },
  {
    file: 'policy-min-above-max',
    at: '3:22',
    words: ['minTimeoutSeconds (30) is above policy.maxTimeoutSeconds (10)'],
  },
  {
    file: 'policy-below-min',
    at: '6:21',
    words: ['timeoutSeconds is 2, below policy.minTimeoutSeconds (3)'],
  },
  {
    file: 'policy-above-max',
    at: '6:21',
    words: ['timeoutSeconds is 50, above policy.maxTimeoutSeconds (45)'],
  },
  {
    file: 'policy-function-above-max',
    at: '6:29',
    words: ['functionTimeoutSeconds is 12, above policy.maxTimeoutSeconds (10)'],
  },
  { file: 'invalid-glob', at: '3:20', words: ['actions[0].match.name is not a valid glob', ']'] },
  { file: 'invalid-glob-brace', at: '4:20', words: ['match.integration is not a valid glob', '}'] },
  {
    file: 'reason-not-string',
    at: '6:7',
    words: ['actions[0].reason must be a string', 'got a list'],
  },
  { file: 'many-errors', at: '4:21', words: ['got 61'], errors: 3 },
  {
    file: 'accept-drift-date-shape',
    at: '5:27',
    words: ['actions[0].acceptDrift.until must be a date written YYYY-MM-DD', 'got "31/01/2027"'],
  },
  {
    file: 'accept-drift-not-a-date',
    at: '6:14',
    words: ['actions[0].acceptDrift.until is "2027-02-31", which is not a calendar date'],
  },
  {
    file: 'accept-drift-no-reason',
    at: '6:7',
    words: ['actions[0].acceptDrift is missing the required key "reason"'],
  },
  {
    file: 'policy-latency',
    at: '3:20',
    words: ['policy.latencyHeadroom must be more than 1', 'got 1'],
    errors: 2,
  },
];

describe('malformed manifests', () => {
  it('covers every fixture file', () => {
    const files = readdirSync(DIR).map((f) => f.replace(/\.yaml$/, ''));
    expect(files.sort()).toEqual(CASES.map((c) => c.file).sort());
  });

  it.each(CASES)('$file → $at', async ({ file, at, words, errors = 1 }) => {
    const path = `${DIR}/${file}.yaml`;
    const run = await cli(['validate', '--manifest', path]);
    expect(run.code).toBe(1);
    const errorLines = run.stdout
      .split('\n')
      .filter((l) => l.startsWith(`${path}:`) && !l.includes(': warning: '));
    expect(errorLines).toHaveLength(errors);
    const first = errorLines[0] ?? '';
    expect(first.startsWith(`${path}:${at}: `)).toBe(true);
    for (const word of words) expect(first).toContain(word);
    expect(run.stdout).toContain(`${path} is invalid`);
  });

  it('reports every error of a file at once, in file order', async () => {
    const run = await cli([
      'validate',
      '--manifest',
      `${DIR}/many-errors.yaml`,
      '--format',
      'json',
    ]);
    const report = JSON.parse(run.stdout) as {
      valid: boolean;
      errors: number;
      diagnostics: { line: number; column: number; path: string }[];
    };
    expect(report.valid).toBe(false);
    expect(report.errors).toBe(3);
    expect(report.diagnostics.map((d) => `${d.line}:${d.column} ${d.path}`)).toEqual([
      '4:21 actions[0].timeoutSeconds',
      '6:21 actions[1].timeoutSeconds',
      '7:5 actions[2].nme',
    ]);
  });

  it('refuses a file over 1 MiB before parsing it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gc-timeouts-'));
    const path = join(dir, 'huge.yaml');
    const padding = `# ${'x'.repeat(1000)}\n`.repeat(1100);
    writeFileSync(path, `version: 1\nactions: []\n${padding}`);
    const run = await cli(['validate', '--manifest', path]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`${path}:1:1: the manifest is 1.1 MiB; the limit is 1 MiB`);
    expect(run.stdout.split('\n').filter((l) => l.startsWith(`${path}:`))).toHaveLength(1);
  });
});
