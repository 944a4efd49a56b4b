// `npm run bench -- --scale`: how the build scales, measured in one run on one machine. In a temporary folder (removed
// afterwards) it builds, each from cold (fresh copy, no caches): the commit before the restructure (BEFORE, in a
// temporary git worktree); today's site; today's site again with nothing changed (warm: Astro copies the unchanged
// pages, src/load/buildInputs.ts); today's site in English alone, as BEFORE was; and a synthetic site with ten times
// today's content (tests/bench/scaleContent.mjs). It prints wall time, peak memory, pages and where the wall time
// went (set-up before the first page, pages, post-build steps: tests/bench/timedBuild.mjs) for each, their ratios,
// and the budgets of issue 8 with pass or fail.
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { contentIds, multiplyContent } from "./scaleContent.mjs";
import { timedBuild } from "./timedBuild.mjs";

const ROOT = new URL("../..", import.meta.url).pathname.replace(/\/$/, "");
/** The last commit before src/lib was split into stage folders (issue 8). */
const BEFORE = "f454eea";
const TIMES = 10;
const GIB = 1024 ** 3;
/** Peak memory allowed: "well within" the machine's 24 GiB, so half of it. */
const MEMORY_BUDGET = 12 * GIB;
/** Not copied: dependencies (linked instead), git, tests, builds and caches. */
const SKIP = /^(node_modules|\.git|tests|test-results|dist.*|\.cache.*|\.astro)$/;

/**
 * A node_modules of links to each installed package: the build resolves the same packages, while Vite's and Astro's
 * caches (node_modules/.vite, .astro) stay in the copy, so every copy starts cold and nothing is shared.
 */
function linkModules(root) {
  mkdirSync(join(root, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules")).filter((n) => !/^\.(vite|astro|cache)$/.test(n))) {
    symlinkSync(join(ROOT, "node_modules", name), join(root, "node_modules", name));
  }
}

/** The working tree as it is now (uncommitted changes included), without builds, caches or tests. */
function copyProject(to) {
  mkdirSync(to);
  for (const name of readdirSync(ROOT).filter((n) => !SKIP.test(n)))
    cpSync(join(ROOT, name), join(to, name), { recursive: true });
  linkModules(to);
  return to;
}

const scratch = mkdtempSync(join(tmpdir(), "bench-scale-"));
const before = join(scratch, "before");
const build = (root, name, env = {}) =>
  timedBuild(root, { outDir: join(scratch, `dist-${name}`), cacheDir: join(scratch, `cache-${name}`), env });
let worktree = false;
try {
  // 1. The projects: the commit before the restructure, today's site, and today's site with ten times the content.
  execFileSync("git", ["worktree", "add", "--detach", before, BEFORE], { cwd: ROOT, stdio: "pipe" });
  worktree = true;
  linkModules(before);
  const one = copyProject(join(scratch, "one"));
  const ten = copyProject(join(scratch, "ten"));
  const counts = contentIds(join(one, "content"));
  multiplyContent(ten, TIMES);
  const tenCounts = contentIds(join(ten, "content"));

  // 2. The builds, one after another so they do not compete for the machine.
  const loadBefore = loadavg()[0];
  const results = {};
  results.before = await build(before, "before");
  results.one = await build(one, "one");
  results.warm = await build(one, "one"); // same folder, output and caches: nothing changed since the last build
  results.english = await build(one, "english", { SITE_LANGUAGES: "en" }); // BEFORE's one language
  results.ten = await build(ten, "ten");

  // 3. The report.
  const gib = (bytes) => `${(bytes / GIB).toFixed(2)} GiB`;
  const secs = (n) => `${n.toFixed(1)} s`;
  const stage = (r, name) => (r.stages ? secs(r.stages[name]) : "?").padStart(8);
  const row = (label, r) =>
    console.log(
      `  ${label.padEnd(38)} ${secs(r.seconds).padStart(9)} ${secs(r.cpuSeconds).padStart(9)} ${gib(r.peakBytes).padStart(10)} ${String(r.pages).padStart(6)} ${stage(r, "setUp")} ${stage(r, "pages")} ${stage(r, "afterPages")}`,
    );
  console.log(
    `\nScale bench (${new Date().toISOString().slice(0, 16)}Z, one run on this machine: ${cpus().length} cores, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after; every build cold unless marked warm)\n`,
  );
  console.log(
    `  content, 1×: ${Object.entries(counts)
      .map(([k, v]) => `${v.length} ${k}`)
      .join(", ")}`,
  );
  console.log(
    `  content, ${TIMES}×: ${Object.entries(tenCounts)
      .map(([k, v]) => `${v.length} ${k}`)
      .join(", ")}\n`,
  );
  console.log(
    `  ${"build".padEnd(38)} ${"wall".padStart(9)} ${"CPU".padStart(9)} ${"peak RSS".padStart(10)} ${"pages".padStart(6)} ${"set-up".padStart(8)} ${"pages".padStart(8)} ${"after".padStart(8)}`,
  );
  row(`${BEFORE} (before the restructure)`, results.before);
  row("today, 1×", results.one);
  row("today, 1×, warm (nothing changed)", results.warm);
  row("today, 1×, English alone", results.english);
  row(`today, ${TIMES}× content`, results.ten);

  /** A ratio of two builds on wall time and on CPU time. */
  const ratio = (a, b) => ({
    wall: results[a].seconds / results[b].seconds,
    cpu: results[a].cpuSeconds / results[b].cpuSeconds,
  });
  const speedUp = ratio("before", "one");
  // BEFORE built 80 pages in one language; today's site has more pages in each language, and two languages. Per page
  // built compares the same work; the whole-site ratio above does not.
  const perPage = (a, b) => ({
    wall: results[a].seconds / results[a].pages / (results[b].seconds / results[b].pages),
    cpu: results[a].cpuSeconds / results[a].pages / (results[b].cpuSeconds / results[b].pages),
  });
  const speedUpPerPage = perPage("before", "one");
  const speedUpEnglish = ratio("before", "english");
  const growth = ratio("ten", "one");
  const warm = ratio("warm", "one");
  const peak = Math.max(...Object.values(results).map((r) => r.peakBytes));
  const both = (r, digits = 2) => `wall ${r.wall.toFixed(digits)}, CPU ${r.cpu.toFixed(digits)}`;
  console.log(
    `\n  ratios: ${BEFORE} ÷ today ${both(speedUp)} (English alone ${both(speedUpEnglish)}; per page built ${both(speedUpPerPage)}); ${TIMES}× ÷ 1× ${both(growth)}, memory ${(results.ten.peakBytes / results.one.peakBytes).toFixed(2)}; warm ÷ cold ${both(warm)}\n`,
  );
  if (results.before.stages && results.one.stages)
    console.log(
      `  set-up before the first page (start, config, content sync, bundling): ${BEFORE} ${secs(results.before.stages.setUp)}, today ${secs(results.one.stages.setUp)}; half of ${BEFORE}'s whole build is ${secs(results.before.seconds / 2)}\n`,
    );
  const verdict = (okWall, okCpu) =>
    okWall && okCpu
      ? "pass"
      : okWall || okCpu
        ? `${okWall ? "pass" : "FAIL"} on wall, ${okCpu ? "pass" : "FAIL"} on CPU`
        : "FAIL";
  const budgets = [
    [
      `today's site at least 2× faster than ${BEFORE} (cold)`,
      both(speedUp),
      verdict(speedUp.wall >= 2, speedUp.cpu >= 2),
    ],
    [
      `  the same, per page built (${results.before.pages} pages then, ${results.one.pages} now)`,
      both(speedUpPerPage),
      verdict(speedUpPerPage.wall >= 2, speedUpPerPage.cpu >= 2),
    ],
    [
      `${TIMES}× content in at most ${TIMES}× the 1× time`,
      both(growth),
      verdict(growth.wall <= TIMES, growth.cpu <= TIMES),
    ],
    [
      `peak memory well within 24 GiB (at most ${gib(MEMORY_BUDGET)})`,
      gib(peak),
      peak <= MEMORY_BUDGET ? "pass" : "FAIL",
    ],
    [
      "warm rebuild, nothing changed, at most half a cold build",
      both(warm),
      verdict(warm.wall <= 0.5, warm.cpu <= 0.5),
    ],
  ];
  console.log("Budgets:");
  for (const [what, value, result] of budgets) console.log(`  ${result.padEnd(4)}  ${what}: ${value}`);
} finally {
  if (worktree) execFileSync("git", ["worktree", "remove", "--force", before], { cwd: ROOT, stdio: "pipe" });
  rmSync(scratch, { recursive: true, force: true });
}
