import { defineConfig } from "vitest/config";
import { WxtVitest } from "wxt/testing/vitest-plugin";

/** Tests of code that runs in the extension's pages, with a DOM and WXT's fake browser. */
const BROWSER_SIDE = [
  "tests/ui/**/*.test.{ts,tsx}",
  "tests/extension/**/*.test.{ts,tsx}",
  "tests/annotate/**/*.test.{ts,tsx}",
];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "node",
          include: ["tests/**/*.test.ts", "tests/**/*.test.tsx"],
          // End-to-end tests need the built extension and real browsers: `npm run test:e2e`.
          exclude: [...BROWSER_SIDE, "tests/e2e/**", "**/node_modules/**"],
          environment: "node",
        },
      },
      {
        plugins: [WxtVitest()],
        test: {
          name: "browser-side",
          include: BROWSER_SIDE,
          environment: "happy-dom",
          setupFiles: ["tests/ui/setup.ts"],
        },
      },
    ],
  },
});
