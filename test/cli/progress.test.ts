import { describe, expect, it } from 'vitest';
import { clientEvents, progress } from '../../src/cli/common.js';
import type { CliIO } from '../../src/cli/io.js';
import { phaseProgress, progressLine } from '../../src/util/progress.js';

function io(tty: boolean): { io: CliIO; err: () => string } {
  let err = '';
  return {
    io: {
      stdout: { write: () => true },
      stderr: { write: (t: string) => (err += t), isTTY: tty },
      env: {},
      cwd: '/',
    },
    err: () => err,
  };
}

const CLEAR = '\r\u001b[2K';

describe('progress on stderr', () => {
  it('updates one line at a terminal with counts and an estimate once a phase passes a second, and clears it', () => {
    const t = io(true);
    let clock = 0;
    const p = progress(t.io, () => clock);
    p('actions', 100, 2500);
    clock = 2_000;
    p('actions', 1000, 2500);
    p.done();
    expect(t.err()).toBe(`${CLEAR}Reading actions: 1,000/2,500 (40 %), about 3 s left${CLEAR}`);
  });

  it('shows nothing for a phase shorter than a second', () => {
    const t = io(true);
    let clock = 0;
    const p = progress(t.io, () => clock);
    p('functions', 1, 2);
    clock = 500;
    p('functions', 2, 2);
    p.done();
    expect(t.err()).toBe('');
  });

  it('never lets a log line run into the live line: it clears it, writes its own line, redraws', () => {
    const t = io(true);
    let clock = 0;
    const p = progress(t.io, () => clock);
    const events = clientEvents(t.io, p);
    p('latency', 10, 100);
    clock = 1_500;
    p('latency', 10, 100);
    events({ type: 'rate-wait', reason: 'paused', waitMs: 57_000 } as never);
    p.done();
    const live = 'Reading latency: 10/100 (10 %), about 14 s left';
    expect(t.err()).toBe(
      `${CLEAR}${live}${CLEAR}gc-timeouts: rate limit: waiting 57.0 s\n${CLEAR}${live}${CLEAR}`,
    );
  });

  it('is quiet when stderr is not a terminal', () => {
    const t = io(false);
    let clock = 0;
    const p = progress(t.io, () => clock);
    p('actions', 100, 20_000);
    clock = 60_000;
    p('actions', 8_000, 20_000);
    p.done();
    expect(t.err()).toBe('');
  });

  it("writes a line every few seconds of a long phase into the Action's log", () => {
    let out = '';
    let clock = 0;
    const p = phaseProgress({
      write: (t) => (out += t),
      tty: false,
      logLines: true,
      now: () => clock,
    });
    p('actions', 100, 20_000);
    clock = 4_000;
    p('actions', 4_000, 20_000);
    clock = 5_500;
    p('actions', 6_000, 20_000);
    clock = 7_000;
    p('actions', 8_000, 20_000);
    p.done();
    expect(out).toBe('Reading actions: 6,000/20,000 (30 %), about 13 s left\n');
  });

  it('estimates in minutes when the rest is long', () => {
    expect(progressLine('flows', 1, 10, 60_000)).toBe(
      'Reading flows: 1/10 (10 %), about 9 min left',
    );
    expect(progressLine('apply', 3, 9, 500)).toBe('Applying: 3/9 (33 %)');
  });
});
