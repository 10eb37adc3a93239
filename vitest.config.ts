import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every simulator body is held against the official SDK's models (test/contract/).
    setupFiles: ['test/contract/setup.ts'],
    globalSetup: ['test/contract/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Network tests bind loopback servers; two cores make wider pools slower, not faster.
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
  },
});
