import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { Redactor } from '../../src/util/redact.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { coreLog } from '../../src/action/adapters.js';
import type { Diagnostic } from '../../src/manifest/types.js';
import { fitStepSummary, STEP_SUMMARY_LIMIT_BYTES } from '../../src/util/github-limits.js';

const summaryFile = join(mkdtempSync(join(tmpdir(), 'gc-timeouts-limits-')), 'summary.md');

beforeAll(() => {
  writeFileSync(summaryFile, '');
  process.env['GITHUB_STEP_SUMMARY'] = summaryFile;
});

afterEach(() => vi.restoreAllMocks());

function captureStdout(): string[] {
  const printed: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    printed.push(String(chunk));
    return true;
  });
  return printed;
}

const finding = (i: number, message = `entry ${i} is invalid`): Diagnostic => ({
  severity: 'error',
  rule: 'schema',
  file: 'gc-timeouts.yaml',
  line: i + 1,
  column: 1,
  path: `actions[${i}]`,
  message,
});

describe("what a step writes stays within GitHub's limits", () => {
  it('10,000 findings make a bounded number of annotations, and say so', () => {
    const printed = captureStdout();
    coreLog(new Redactor()).annotate(Array.from({ length: 10_000 }, (_, i) => finding(i)));
    const commands = printed
      .join('')
      .split('\n')
      .filter((l) => /^::(error|warning)/.test(l));
    expect(commands.length).toBeLessThanOrEqual(51);
    expect(printed.join('')).toContain('9950 more findings are not annotated');
  });

  it('a 10,000-character action name is not printed whole in an ::error line', () => {
    const printed = captureStdout();
    coreLog(new Redactor()).annotate([finding(0, `unknown action ${'N'.repeat(10_000)}`)]);
    const line =
      printed
        .join('')
        .split('\n')
        .find((l) => l.startsWith('::error')) ?? '';
    expect(line.length).toBeLessThan(4_500);
    expect(line).toContain('10015 characters, shortened');
  });

  it('a 1.38 MB summary is cut below 1 MiB with a note, and later writes do not overflow it', async () => {
    const log = coreLog(new Redactor(), { GITHUB_STEP_SUMMARY: summaryFile });
    const row = `| action ${'x'.repeat(100)} | 15 | 30 |\n`;
    await log.summary(row.repeat(Math.ceil(1_380_000 / row.length)));
    await log.summary(row.repeat(100));
    const size = statSync(summaryFile).size;
    expect(size).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(readFileSync(summaryFile, 'utf8')).toContain('GitHub refuses a step summary over 1 MiB');
  });

  it('cuts at a line and never inside a multi-byte character', () => {
    const text = 'é'.repeat(700_000);
    const fitted = fitStepSummary(`${text}\n${text}`, 0);
    expect(Buffer.byteLength(fitted)).toBeLessThanOrEqual(STEP_SUMMARY_LIMIT_BYTES);
    expect(fitted).not.toContain('\uFFFD');
  });
});
