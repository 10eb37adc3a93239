import { describe, expect, it } from 'vitest';
import { escapeWorkflowCommands, oneLogLine } from '../../src/util/workflow-text.js';

/** The lines the runner would execute, by its rule: after splitting on \r and \n, trimmed. */
function commandsIn(printed: string): string[] {
  const lines = printed.split(/\r\n|\r|\n/).map((l) => l.trim());
  const out: string[] = [];
  let paused: string | undefined;
  for (const line of lines) {
    if (paused !== undefined) {
      if (line === `::${paused}::`) paused = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop?.[1] !== undefined) {
      paused = stop[1];
      continue;
    }
    if (/^(::|##\[|##vso\[)/i.test(line)) out.push(line);
  }
  return out;
}

const HOSTILE = [
  'bad request\n::add-mask::x',
  'oops\r::warning file=a.yaml::forged',
  'x\r\n  ::set-output name=applied::99',
  '::error::first line',
  'a\n##[set-output name=x;]1',
  'a\n##vso[task.setvariable variable=x]1',
  'a\u2028::notice::b',
];

describe('text from a server printed in the job log', () => {
  it.each(HOSTILE)('runs no workflow command: %j', (text) => {
    expect(commandsIn(escapeWorkflowCommands(text))).toEqual([]);
    expect(commandsIn(oneLogLine(text))).toEqual([]);
  });

  it('keeps every line readable', () => {
    expect(escapeWorkflowCommands('fine\n::add-mask::x')).toBe('fine\n| ::add-mask::x');
    expect(oneLogLine('a\nb')).toBe('a\\nb');
  });
});
