import { afterEach, describe, expect, it, vi } from 'vitest';
import { coreLog, coreOrgPorts } from '../../src/action/adapters.js';
import { inWorkflow } from '../../src/cli/io.js';
import { batched } from '../../src/render/batch.js';
import { renderDriftTextChunks } from '../../src/render/drift.js';
import { renderJsonBatches } from '../../src/render/json.js';
import { renderText } from '../../src/render/text.js';
import { Redactor } from '../../src/util/redact.js';
import { entry, plan, problem } from '../render/plans.js';

/** Lines the runner would execute, by its rule (split on \r and \n, trimmed), stop-commands honoured. */
function commands(printed: string): string[] {
  const out: string[] = [];
  let paused: string | undefined;
  for (const line of printed.split(/\r\n|\r|\n/).map((l) => l.trim())) {
    if (paused !== undefined) {
      if (line === `::${paused}::`) paused = undefined;
      continue;
    }
    paused = /^::stop-commands::(.+)$/.exec(line)?.[1];
    if (paused !== undefined || /^(::|##\[|##vso\[)/i.test(line)) out.push(line);
  }
  return out;
}

/** What a lying server or a hostile manifest can put in a name, a reason or an error message. */
const HOSTILE =
  'Lookup\n::set-output name=applied::99\r::add-mask::0\r\n  ::stop-commands::gc\n##[error]forged\n::gc::';

function capture(): { printed: () => string } {
  const chunks: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    chunks.push(String(chunk));
    return true;
  });
  return { printed: () => chunks.join('') };
}

describe('every channel of the Action escapes each line of untrusted text', () => {
  afterEach(() => vi.restoreAllMocks());

  it('runs none of the commands in a hostile block, whatever channel carries it', async () => {
    const out = capture();
    const log = coreLog(new Redactor(), {});
    log.info(`plan:\n${HOSTILE}`);
    log.notice(HOSTILE);
    log.warning(HOSTILE);
    log.debug(HOSTILE);
    log.annotate([
      {
        severity: 'error',
        rule: 'schema',
        file: 'm.yaml',
        line: 1,
        column: 1,
        path: '',
        message: HOSTILE,
      },
    ]);
    const ports = coreOrgPorts(new Redactor(), { retryWaitScale: 0.01 });
    ports.progress?.('apply', 1, 2);
    ports.onEvent?.({ type: 'setting-ignored', message: HOSTILE });
    ports.onEvent?.({ type: 'list-reread', path: HOSTILE, reason: HOSTILE });

    // Only the runner commands @actions/core writes itself, one line each, carrying the text as data.
    const run = commands(out.printed());
    expect(run.length).toBeGreaterThan(0);
    for (const line of run) expect(line).toMatch(/^::(notice|warning|debug|error)( [^:]*)?::/);
    const forged = /^(::(set-output|add-mask|stop-commands|gc)|##\[)/;
    expect(run.filter((line) => forged.test(line))).toEqual([]);
    expect(out.printed()).toContain('| ::set-output name=applied::99');
  });
});

describe('the CLI inside a workflow (GITHUB_ACTIONS=true) prints every line inert', () => {
  const inert = (env: NodeJS.ProcessEnv) => {
    let printed = '';
    const stream = inWorkflow({ write: (text: string) => (printed += text) }, env);
    return { stream, printed: () => printed };
  };
  const hostilePlan = plan(
    [
      entry({ actionName: HOSTILE, op: 'update' }),
      entry({ actionName: `x${HOSTILE}`, op: 'unmanaged' }),
    ],
    [problem('error', HOSTILE, 12)],
  );

  it('the plan and drift text with hostile action names and messages', () => {
    const { stream, printed } = inert({ GITHUB_ACTIONS: 'true' });
    stream.write(renderText(hostilePlan, { color: false }));
    // As `drift` writes it: a piece at a time.
    const verdict = { drift: true, drifted: hostilePlan.entries, accepted: [] };
    for (const piece of batched(renderDriftTextChunks(hostilePlan, verdict, false)))
      stream.write(piece);
    expect(printed()).toContain('set-output name=applied::99');
    expect(commands(printed())).toEqual([]);
  });

  it('a command split across writes', () => {
    const { stream, printed } = inert({ GITHUB_ACTIONS: 'true' });
    for (const piece of [
      'ok\n:',
      ':add-mask::0\n#',
      '#',
      '[error]x\n  ',
      '::stop-commands::gc\n',
      '::set-output::1',
    ])
      stream.write(piece);
    expect(commands(printed())).toEqual([]);
    for (const char of HOSTILE) stream.write(char);
    expect(commands(printed())).toEqual([]);
  });

  it('leaves data untouched: the JSON plan is byte for byte the same', () => {
    const { stream, printed } = inert({ GITHUB_ACTIONS: 'true' });
    const json = [...renderJsonBatches(hostilePlan)].join('');
    for (const part of renderJsonBatches(hostilePlan)) stream.write(part);
    expect(printed()).toBe(json);
    expect(commands(json)).toEqual([]);
  });

  it('changes nothing outside a workflow', () => {
    const raw = { write: (text: string) => text };
    expect(inWorkflow(raw, {})).toBe(raw);
  });
});
