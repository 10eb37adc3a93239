import { configDefaults, defineConfig } from 'vitest/config';

// Three projects, told apart by the file name (README "Tests"):
//   unit         test/**/*.test.ts: no server, no connection, no child process (enforced);
//   integration  *.integration.test.ts: an in-process simulator, fake GitHub or loopback server;
//   e2e          *.e2e.test.ts: the dist/ bundles, run as processes; refused when dist/ is stale.
const SLOW = ['**/*.integration.test.ts', '**/*.e2e.test.ts'];
// Every body a simulator answers or receives is held against the official SDK's models
// (test/contract/). Only servers produce such exchanges, so unit tests, which start none, skip it.
const CONTRACT = 'test/contract/setup.ts';

export default defineConfig({
  test: {
    globalSetup: ['test/contract/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Network tests bind loopback servers; two cores make wider pools slower, not faster.
    maxWorkers: 2,
    minWorkers: 1,
    poolOptions: { threads: { isolate: false }, forks: { isolate: true } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW],
          setupFiles: ['test/support/unit-guard.ts'],
          // Test files share each worker's module cache: 10 s for 79 files against 31 s with a fresh
          // module graph per file. Unit tests hold no server or process to leak, and those that
          // touch globals (process.env, the redactor) restore them.
          isolate: false,
          // Vitest 3 makes one pool per kind from the root options, so a project's own `isolate`
          // leaves its files isolated: the unit tests run in the threads pool, which alone is set
          // not to isolate (root `poolOptions`); the other projects keep isolated forks.
          pool: 'threads',
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.integration.test.ts'],
          setupFiles: [CONTRACT],
          pool: 'threads',
          // Loopback servers and real timers: on a busy machine (npm test beside other work) a test
          // of 3 s took over 20 s. The limits guard against hangs; they are no speed check.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/**/*.e2e.test.ts'],
          setupFiles: [CONTRACT],
          globalSetup: ['test/support/dist-fresh-setup.ts'],
          // A test here starts up to six processes; on a busy machine each start takes seconds.
          // The timeout guards against hangs, it is no speed check.
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
