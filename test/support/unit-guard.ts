// Setup file of the `unit` project: a unit test that starts a server, opens a connection or runs a
// child process fails at once, naming what it did, so the file is renamed `.integration.test.ts` or
// `.e2e.test.ts` instead of slowing the inner loop. The one exception is `mkfifo`, which only makes
// a fixture file (Node has no API for a named pipe).
import childProcess from 'node:child_process';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';

const ALLOWED_COMMANDS = new Set(['mkfifo']);

function refuse(what: string): never {
  throw new Error(
    `a unit test ${what}: name the file *.integration.test.ts (in-process servers) or *.e2e.test.ts (processes)`,
  );
}

const PROCESS_FUNCTIONS = [
  'spawn',
  'spawnSync',
  'exec',
  'execSync',
  'execFile',
  'execFileSync',
  'fork',
] as const;

// Once per worker: without isolation the setup file runs again for every test file.
const GUARDED = Symbol.for('gc-timeouts.unit-guard');
const marks = globalThis as unknown as Record<symbol, boolean>;
if (!marks[GUARDED]) {
  marks[GUARDED] = true;
  for (const name of PROCESS_FUNCTIONS) {
    const original = childProcess[name] as (...args: unknown[]) => unknown;
    (childProcess as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
      const command = String(args[0]);
      if (name !== 'fork' && ALLOWED_COMMANDS.has(command)) return original(...args);
      return refuse(`ran a child process (${name} ${command})`);
    };
  }
  net.Server.prototype.listen = function listen(): never {
    return refuse('started a server (listen)');
  };
  net.Socket.prototype.connect = function connect(): never {
    return refuse('opened a network connection');
  };
  syncBuiltinESMExports();
}

// Unit tests see the real retry waits whatever the shell exports (src/genesys/retry.ts).
delete process.env['GC_TIMEOUTS_TEST_FAST_RETRY'];
