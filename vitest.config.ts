import { configDefaults, defineConfig } from 'vitest/config';

// Three projects, told apart by the file name (README "Tests"):
//   unit         test/**/*.test.ts: no server, no connection, no child process (enforced);
//   integration  *.integration.test.ts: an in-process simulator, fake GitHub or loopback server;
//   e2e          *.e2e.test.ts: the dist/ bundles, run as processes; refused when dist/ is stale.
const SLOW = ['**/*.integration.test.ts', '**/*.e2e.test.ts'];

export default defineConfig({
  test: {
    // Every simulator body is held against the official SDK's models (test/contract/).
    setupFiles: ['test/contract/setup.ts'],
    globalSetup: ['test/contract/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Network tests bind loopback servers; two cores make wider pools slower, not faster.
    maxWorkers: 2,
    minWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW],
          setupFiles: ['test/support/unit-guard.ts'],
          // Test files share each worker's module cache: a third of the CPU time of a fresh module
          // graph per file (19 s against 62 s for 51 files). Unit tests hold no server or process to
          // leak, and those that touch globals (process.env, the redactor) restore them.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.integration.test.ts'],
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
