import { defineConfig } from "vitest/config";

// Tests mirror src/: unit and chart tests need nothing built; build and browser tests read dist/ (tests/run.mjs builds it).
export default defineConfig({
  test: {
    root: new URL("..", import.meta.url).pathname,
    include: ["tests/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: true,
    maxWorkers: 2,
  },
});
