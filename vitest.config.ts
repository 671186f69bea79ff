import { defineConfig } from 'vitest/config';

// Unit tests run in Node (per-file `// @vitest-environment happy-dom` where a DOM is needed),
// without the crxjs plugin, so they stay fast and simple.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    // Many data tests load and check the whole dataset (a few seconds each on a shared two-core CI
    // machine, more when it is busy): the default 5 s per test failed one of them under load. This is
    // a guard against a hung test, not a time budget; speed is measured by `npm run bench`.
    testTimeout: 30_000,
    reporters: ['default'],
  },
});
