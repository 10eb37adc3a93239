// First: it sets how the process's memory grows before anything allocates (see the module).
import './heap-growth.js';
import { runCli } from '../cli/run.js';
import { processIO } from '../cli/io.js';

// `gc-timeouts plan | head` closes the pipe early; that is the reader's choice, not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await runCli(process.argv.slice(2), processIO());
// The run is over: a socket or wait that something failed to cancel must not keep it alive.
setTimeout(() => process.exit(), 5_000).unref();
