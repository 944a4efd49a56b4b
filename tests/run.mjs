// `npm test`: makes sure Chromium and Java are there, checks formatting (Prettier) and types (astro check), builds the site, then
// runs every test (unit, chart snapshots, build output, browser) with vitest, in a fixed time zone.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { CHROMIUM } from "./helpers/browser.mjs";

process.env.TZ = "UTC";
process.env.ASTRO_TELEMETRY_DISABLED = "1";

// Debian packages the tests need: Chromium for the browser tests, Java for the Nu HTML Checker (tests/build/validHtml).
const missing = [
  ...(existsSync(CHROMIUM) ? [] : [{ pkg: "chromium", what: "Chromium", hint: " (or set CHROMIUM_PATH)" }]),
  ...(spawnSync("java", ["-version"]).status === 0 ? [] : [{ pkg: "default-jre-headless", what: "Java", hint: "" }]),
];
if (missing.length) {
  const root = process.getuid?.() === 0;
  const pkgs = missing.map((m) => m.pkg);
  if (!root || spawnSync("which", ["apt-get"]).status !== 0) {
    console.error(
      `${missing.map((m) => m.what).join(" and ")} missing: install with "sudo apt-get install -y ${pkgs.join(" ")}"${missing.map((m) => m.hint).join("")}, then run npm test again.`,
    );
    process.exit(1);
  }
  console.log(`${missing.map((m) => m.what).join(" and ")} missing: installing Debian's ${pkgs.join(" and ")}…`);
  execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
  execFileSync("apt-get", ["install", "-y", "-qq", ...pkgs], {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
}

/** Runs a step; a failing step stops `npm test` with its exit code and, when given, what to do about it. */
const run = (cmd, args, hint) => {
  const { status } = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (status === 0) return;
  if (hint) console.error(`\n${hint}`);
  process.exit(status ?? 1);
};
run(
  "npx",
  ["prettier", "--check", "."],
  "Formatting differs from Prettier's (config in .prettierrc.json): run `npm run format`, then commit.",
);
run("npx", ["astro", "check"], "Type errors above: `npm run check` shows them again.");
run("npx", ["astro", "build"]);
const report = "test-results/vitest.json";
const { status } = spawnSync(
  "npx",
  [
    "vitest",
    "run",
    "--config",
    "tests/vitest.config.ts",
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
    ...process.argv.slice(2),
  ],
  { stdio: "inherit", env: process.env },
);
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, "utf8"));
  console.log(`\ntests: ${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}
process.exit(status ?? 1);
