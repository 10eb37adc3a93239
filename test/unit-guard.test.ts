import { execFileSync, spawn } from 'node:child_process';
import { createServer, connect } from 'node:net';
import { describe, expect, it } from 'vitest';

// The unit project (test/support/unit-guard.ts) keeps servers and processes out of the inner loop.
describe('a unit test', () => {
  it('cannot start a server', () => {
    expect(() => createServer().listen(0, '127.0.0.1')).toThrow(/\.integration\.test\.ts/);
  });

  it('cannot open a connection', () => {
    expect(() => connect(1, '127.0.0.1')).toThrow(/a unit test opened a network connection/);
  });

  it('cannot run a process', () => {
    expect(() => spawn(process.execPath, ['-v'])).toThrow(/\.e2e\.test\.ts/);
    expect(() => execFileSync(process.execPath, ['-v'])).toThrow(/ran a child process/);
  });
});
