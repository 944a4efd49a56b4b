// One `astro build` of a project folder, measured from outside with GNU time: wall time; CPU time (user + system, of the
// build and every process it waited for), which other work on a shared machine disturbs far less than wall time; the
// peak resident memory of the build (the maximum RSS of the largest process); and where the wall time went, read off
// the moments Astro's log reaches each stage: set-up (start, config, content sync, bundling) before the first page is
// rendered, the pages, and the post-build steps after them (share cards, sitemap, search index, headers, publishing).
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TIME = "/usr/bin/time";
/** Astro's log line when it starts rendering pages, and the line that ends that stage. */
const PAGES_START = /generating static routes/;
const STAGE_DONE = /✓ Completed in/;

/**
 * Builds `root` into `outDir` with the cache in `cacheDir` (and `env` added to the environment, e.g. SITE_LANGUAGES):
 * wall and CPU seconds, peak RSS in bytes, pages built, and the wall seconds of each stage (`stages`: setUp, pages,
 * afterPages; null if the log did not show them).
 */
export async function timedBuild(root, { outDir, cacheDir, env: extra = {} }) {
  if (!existsSync(TIME)) throw new Error(`${TIME} is missing: run "apt-get install -y time" to measure peak memory`);
  const reportDir = mkdtempSync(join(tmpdir(), "bench-time-"));
  const report = join(reportDir, "usage");
  const astro = join(
    root,
    "node_modules/astro",
    JSON.parse(readFileSync(join(root, "node_modules/astro/package.json"), "utf8")).bin.astro,
  );
  const env = {
    ...process.env,
    ...extra,
    OUT_DIR: outDir,
    ASTRO_CACHE_DIR: cacheDir,
    ASTRO_TELEMETRY_DISABLED: "1",
    TZ: "UTC",
  };
  const started = performance.now();
  const marks = {};
  let usage;
  try {
    // Node 22 from the `node` devDependency (npm scripts run on it), astro's own entry point: no npx in between.
    const child = spawn(TIME, ["-f", "%M %U %S", "-o", report, process.execPath, astro, "build"], { cwd: root, env });
    let output = "";
    let pending = "";
    child.stdout.on("data", (chunk) => {
      const now = performance.now();
      output += chunk;
      const lines = (pending + chunk).split("\n");
      pending = lines.pop();
      for (const line of lines) {
        if (marks.pagesStart === undefined && PAGES_START.test(line)) marks.pagesStart = now;
        else if (marks.pagesStart !== undefined && marks.pagesEnd === undefined && STAGE_DONE.test(line))
          marks.pagesEnd = now;
      }
    });
    child.stderr.on("data", (chunk) => (output += chunk));
    const status = await new Promise((resolve, reject) => {
      child.on("error", reject);
      child.on("close", resolve);
    });
    if (status !== 0) {
      const tail = output
        .split("\n")
        .filter((l) => !/^\s+at /.test(l))
        .slice(-25)
        .join("\n");
      throw new Error(`astro build failed in ${root}:\n${tail}`);
    }
    usage = readFileSync(report, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
  const ended = performance.now();
  const seconds = (ended - started) / 1000;
  const [kilobytes, user, system] = usage;
  const stages =
    marks.pagesStart !== undefined && marks.pagesEnd !== undefined
      ? {
          setUp: (marks.pagesStart - started) / 1000,
          pages: (marks.pagesEnd - marks.pagesStart) / 1000,
          afterPages: (ended - marks.pagesEnd) / 1000,
        }
      : null;
  return { seconds, cpuSeconds: user + system, peakBytes: kilobytes * 1024, pages: countPages(outDir), stages };
}

/** HTML pages in a build. */
function countPages(dir) {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? countPages(path) : name.endsWith(".html") ? 1 : 0);
  }, 0);
}
