import { afterEach, describe, expect, it, vi } from 'vitest';
import { Redactor } from '../../src/util/redact.js';
import { coreLog } from '../../src/action/adapters.js';
import { cli } from '../support/cli.js';

/** Lines the runner would execute: split on \r and \n, trimmed, starting with a command. */
function commands(printed: string): string[] {
  return printed
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => /^(::|##\[|##vso\[)/i.test(l));
}

const SERVER_TEXT =
  'upstream said:\r\n::add-mask::0\n::warning title=forged::x\r::set-output name=applied::9';

describe('server text in the job log runs no workflow command', () => {
  afterEach(() => vi.restoreAllMocks());

  it('through the Action log info line (doctor detail, progress, GitHub notes)', () => {
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    coreLog(new Redactor()).info(`analytics: ${SERVER_TEXT}`);
    expect(printed.join('')).toContain('upstream said:');
    expect(commands(printed.join(''))).toEqual([]);
  });

  it("through the CLI's final error line on stderr", async () => {
    const run = await cli(['validate', '--manifest', `missing.yaml\n${SERVER_TEXT}`]);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('missing.yaml');
    expect(commands(run.stderr)).toEqual([]);
  });
});
