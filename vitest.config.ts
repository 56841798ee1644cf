import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 240_000,
    globalSetup: ['tests/helpers/run-tmpdir.ts'],
  },
});
