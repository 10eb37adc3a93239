// First: it sets how the process's memory grows before anything allocates (see the module).
import './heap-growth.js';
import { run } from '../action/main.js';

await run();
// The run is over: a socket or wait that something failed to cancel must not keep it alive.
setTimeout(() => process.exit(), 5_000).unref();
