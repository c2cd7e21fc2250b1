import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic' } },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    testTimeout: 30_000,
    // Both cores: the test files are mostly waiting on SQLite files, child processes and Chromium, and one worker (the
    // default on a two-core machine) left the suite at ten minutes; two bring it to about seven.
    maxWorkers: 2,
    globalSetup: ['tests/helpers/generate-fixtures.ts'],
    setupFiles: ['tests/helpers/dom-wait-time.ts'],
  },
});
