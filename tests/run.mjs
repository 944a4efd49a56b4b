// `npm test`: makes sure Chromium is there, builds the site, then runs every test (unit, chart snapshots, build output,
// browser) with vitest, in a fixed time zone.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { CHROMIUM } from "./helpers/browser.mjs";

process.env.TZ = "UTC";
process.env.ASTRO_TELEMETRY_DISABLED = "1";

if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  if (!root || spawnSync("which", ["apt-get"]).status !== 0) {
    console.error(`Chromium is missing: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH), then run npm test again.`);
    process.exit(1);
  }
  console.log("Chromium is missing: installing Debian's chromium package…");
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

const run = (cmd, args) => {
  const { status } = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (status !== 0) process.exit(status ?? 1);
};
run("npx", ["astro", "build"]);
const report = "test-results/vitest.json";
const { status } = spawnSync("npx", ["vitest", "run", "--config", "tests/vitest.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)], { stdio: "inherit", env: process.env });
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, "utf8"));
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}
process.exit(status ?? 1);
