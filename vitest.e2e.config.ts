import { defineConfig } from 'vitest/config';

// End-to-end tests drive the built extension in real Chromium and Firefox ESR.
// One file at a time: the machine has two cores and each browser wants one.
// The global setup builds into a private dir unless STANDPOINT_DIST points at a build (npm test).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/harness/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
