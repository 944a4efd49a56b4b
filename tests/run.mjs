// `npm test`: makes sure Chromium is there, checks formatting (Prettier) and types (astro check), builds the site, then
// runs every test (unit, chart snapshots, build output, browser) with vitest, in a fixed time zone.
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

/** Runs a step; a failing step stops `npm test` with its exit code and, when given, what to do about it. */
const run = (cmd, args, hint) => {
  const { status } = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (status === 0) return;
  if (hint) console.error(`\n${hint}`);
  process.exit(status ?? 1);
};
run("npx", ["prettier", "--check", "."], "Formatting differs from Prettier's (config in .prettierrc.json): run `npm run format`, then commit.");
run("npx", ["astro", "check"], "Type errors above: `npm run check` shows them again.");
run("npx", ["astro", "build"]);
const report = "test-results/vitest.json";
const { status } = spawnSync("npx", ["vitest", "run", "--config", "tests/vitest.config.ts", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)], { stdio: "inherit", env: process.env });
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, "utf8"));
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}
process.exit(status ?? 1);
