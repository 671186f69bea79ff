import { defineConfig } from 'vitest/config';

// Unit tests run in Node (per-file `// @vitest-environment happy-dom` where a DOM is needed),
// without the crxjs plugin, so they stay fast and simple.
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}'],
    reporters: ['default'],
  },
});
