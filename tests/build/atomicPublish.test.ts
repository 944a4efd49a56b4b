import { afterAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";

// A three-page Astro site that uses the site's atomicPublish integration; FAIL_AT makes one stage throw. Built from
// its own folder (Astro resolves the pre-render bundle's packages from the working directory) into dist-test-atomic.
const SITE = new URL("../fixtures/atomic-site", import.meta.url).pathname;
const ASTRO = new URL("../../node_modules/.bin/astro", import.meta.url).pathname;
const OUT = join(SITE, "dist-test-atomic");
const CACHE = join(SITE, ".cache-test-atomic");

/** Every file of a folder with a hash of its bytes: two equal listings are the same site. */
function listing(dir: string): Record<string, string> {
  const walk = (d: string): string[] =>
    readdirSync(d).flatMap((name) => (statSync(join(d, name)).isDirectory() ? walk(join(d, name)) : [join(d, name)]));
  return Object.fromEntries(
    walk(dir).map((file) => [relative(dir, file), createHash("sha256").update(readFileSync(file)).digest("hex")]),
  );
}

/** Runs `astro build` of the fixture site; returns its exit code and output. */
function build(version: string, failAt = "") {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/.test(k)),
  );
  const result = spawnSync(ASTRO, ["build"], {
    cwd: SITE,
    encoding: "utf8",
    env: {
      ...env,
      OUT_DIR: OUT,
      ASTRO_CACHE_DIR: CACHE,
      SITE_VERSION: version,
      FAIL_AT: failAt,
      ASTRO_TELEMETRY_DISABLED: "1",
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

afterAll(() => {
  for (const dir of [OUT, `${OUT}-staging`, `${OUT}-previous`, CACHE, join(SITE, ".astro"), join(SITE, "node_modules")])
    rmSync(dir, { recursive: true, force: true });
});

describe("atomic publishing (integrations/atomicPublish.ts)", () => {
  let good: Record<string, string> = {};

  it("publishes a successful build into the output folder and leaves no staging folder behind", () => {
    const { status, output } = build("1");
    expect(status, output).toBe(0);
    good = listing(OUT);
    expect(Object.keys(good).sort()).toEqual(["a/index.html", "b/index.html", "c/index.html", "index.html"]);
    expect(readFileSync(join(OUT, "index.html"), "utf8")).toContain("version 1");
    expect(existsSync(`${OUT}-staging`) || existsSync(`${OUT}-previous`)).toBe(false);
  });

  it.each([
    ["content sync", "sync", "injected failure in content sync"],
    ["a page render (after other pages were written)", "render", "injected failure while rendering /c/"],
    ["a post-build step", "post-build", "injected failure in a post-build step"],
  ])("leaves the last good site untouched when %s fails", (_stage, failAt, message) => {
    const { status, output } = build("2", failAt);
    expect(status).not.toBe(0);
    expect(output).toContain(message);
    expect(listing(OUT)).toEqual(good);
  });

  it("refuses a configuration that lists an integration after it, before building anything", () => {
    const { status, output } = build("2", "order");
    expect(status).not.toBe(0);
    expect(output).toContain(
      'astro.config.mjs: expected "atomic-publish" as the last integration (it publishes after every post-build step), found "post-build-step" after it',
    );
    expect(listing(OUT)).toEqual(good);
  });

  it("replaces the site whole with the next successful build", () => {
    const { status, output } = build("3");
    expect(status, output).toBe(0);
    expect(readFileSync(join(OUT, "c/index.html"), "utf8")).toContain("c 3");
    expect(existsSync(`${OUT}-staging`) || existsSync(`${OUT}-previous`)).toBe(false);
  });
});
