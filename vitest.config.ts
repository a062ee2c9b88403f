import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    globalSetup: ['test/tmpdir-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
