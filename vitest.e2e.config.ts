import { defineConfig } from "vitest/config";

/**
 * End-to-end tests: the built extension (`npm run build`, `npm run build:firefox`) in real
 * Chromium and Firefox. One file at a time: each starts a browser, and CI machines have 2 cores.
 */
export default defineConfig({
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.e2e.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
