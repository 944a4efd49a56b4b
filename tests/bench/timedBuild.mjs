// One `astro build` of a project folder, measured from outside with GNU time: wall time; CPU time (user + system, of the
// build and every process it waited for), which other work on a shared machine disturbs far less than wall time; and
// the peak resident memory of the build (the maximum RSS of the largest process).
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const TIME = "/usr/bin/time";

/**
 * Builds `root` into `outDir` with the cache in `cacheDir` (and `env` added to the environment, e.g. SITE_LANGUAGES):
 * wall and CPU seconds, peak RSS in bytes, pages built.
 */
export function timedBuild(root, { outDir, cacheDir, env: extra = {} }) {
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
  let usage;
  try {
    // Node 22 from the `node` devDependency (npm scripts run on it), astro's own entry point: no npx in between.
    const result = spawnSync(TIME, ["-f", "%M %U %S", "-o", report, process.execPath, astro, "build"], {
      cwd: root,
      env,
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    if (result.status !== 0) {
      const tail = `${result.stdout}\n${result.stderr}`
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
  const seconds = (performance.now() - started) / 1000;
  const [kilobytes, user, system] = usage;
  return { seconds, cpuSeconds: user + system, peakBytes: kilobytes * 1024, pages: countPages(outDir) };
}

/** HTML pages in a build. */
function countPages(dir) {
  return readdirSync(dir).reduce((n, name) => {
    const path = join(dir, name);
    return n + (statSync(path).isDirectory() ? countPages(path) : name.endsWith(".html") ? 1 : 0);
  }, 0);
}
