import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium, one built site, run one file at a time on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 300_000,
    globalSetup: ['tests/helpers/run-tmpdir.ts', 'tests/e2e/global-setup.ts'],
  },
});
