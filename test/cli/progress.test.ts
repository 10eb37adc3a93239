import { describe, expect, it } from 'vitest';
import { progress } from '../../src/cli/common.js';
import type { CliIO } from '../../src/cli/io.js';

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

describe('progress on stderr', () => {
  it('updates one line at a terminal and clears it when done', () => {
    const t = io(true);
    const p = progress(t.io);
    p('actions', 100, 2500);
    p('apply', 3, 9);
    p.done();
    expect(t.err()).toBe('\r\u001b[2KReading actions: 100/2500\r\u001b[2KApplying: 3/9\r\u001b[2K');
  });

  it('writes a line every few seconds of a long phase into a log', () => {
    const t = io(false);
    let clock = 0;
    const p = progress(t.io, () => clock);
    p('actions', 100, 20_000);
    clock = 4_000;
    p('actions', 4_000, 20_000);
    clock = 5_500;
    p('actions', 6_000, 20_000);
    clock = 7_000;
    p('actions', 8_000, 20_000);
    clock = 11_000;
    p('apply', 3, 9);
    p.done();
    expect(t.err()).toBe('Reading actions: 6000/20000\nApplying: 3/9\n');
  });

  it('writes nothing into a log for a quick phase', () => {
    const t = io(false);
    const p = progress(t.io);
    p('functions', 1, 2);
    p.done();
    expect(t.err()).toBe('');
  });
});
