import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { page } from "../helpers/site.ts";

// Rebuilds reuse what has not changed (astro.config.mjs `incrementalBuild`, with the digest of content/ as every
// page's cacheKey, src/load/buildInputs.ts; the search index by the digest of the pages, src/integrations/pagefind.ts).
// On a copy of the project, built in English alone to keep it short: a rebuild with nothing changed copies every page
// and publishes the very same files; after a change to content, or to code, the pages it touches are rendered again.
const ROOT = new URL("../..", import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), "incremental-"));
const project = join(work, "project");
const out = join(work, "dist");
const EVENT = "/timeline/merida-summit/";
const TITLE = "Bush and Calderón meet in Mérida";

/** Builds the copy into `out` with one cache folder for every build; returns the log without colours. */
function build(): string {
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a nested build must not inherit them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|OUT_DIR|ASTRO_CACHE_DIR|SITE_DIST)$/.test(k),
    ),
  );
  const log = execFileSync(join(ROOT, "node_modules/.bin/astro"), ["build", "--root", project], {
    cwd: project,
    env: {
      ...env,
      SITE_LANGUAGES: "en",
      OUT_DIR: out,
      ASTRO_CACHE_DIR: join(work, "cache"),
      ASTRO_TELEMETRY_DISABLED: "1",
    },
    encoding: "utf8",
    stdio: "pipe",
  });
  return log.replace(/\x1b\[[0-9;]*m/g, "");
}

/** Every file of the build with a digest of its bytes. */
function files(): Map<string, string> {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  return new Map(walk(out).map((f) => [relative(out, f), createHash("sha1").update(readFileSync(f)).digest("hex")]));
}

/** The pages a build's log lists as copied from the last build rather than rendered. */
const copied = (log: string) => [...log.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((m) => m[1]!);

/** Replaces `from` with `to` in a file of the copy, failing if `from` is not there (the content moved on). */
function rewrite(path: string, from: string, to: string) {
  const file = join(project, path);
  const text = readFileSync(file, "utf8");
  if (!text.includes(from)) throw new Error(`${path}: expected to find ${from}, found it missing; update the test`);
  writeFileSync(file, text.replace(from, to));
}

const logs: string[] = [];
const snapshots: Map<string, string>[] = [];
const eventTitles: string[] = [];
beforeAll(() => {
  mkdirSync(project);
  for (const name of [
    "astro.config.mjs",
    "package.json",
    "package-lock.json",
    "tsconfig.json",
    "src",
    "content",
    "public",
  ])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"));
  const step = () => {
    logs.push(build());
    snapshots.push(files());
    eventTitles.push(page(EVENT, out).querySelector("h1")!.textContent!.trim());
  };
  step(); // 0: cold
  step(); // 1: nothing changed
  rewrite("content/timeline/2007-2017.yaml", `title: ${TITLE}`, `title: ${TITLE} (rebuilt)`);
  step(); // 2: one content file changed
  rewrite("src/components/TimelineEvent.astro", 'class="tl-event"', 'class="tl-event" data-rebuilt');
  step(); // 3: one component changed
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("incremental builds", () => {
  it("renders every page on the first build", () => {
    expect(copied(logs[0]!)).toEqual([]);
    expect(eventTitles[0]).toBe(TITLE);
  });

  it("copies every page and the search index when nothing changed, and publishes the very same files", () => {
    expect(copied(logs[1]!).length).toBeGreaterThan(100);
    expect(copied(logs[1]!)).toContain(`${EVENT}index.html`);
    expect(logs[1]).toMatch(/\[pagefind\] index unchanged: linked from the cache/);
    expect(snapshots[1]).toEqual(snapshots[0]);
  });

  it("renders the pages again, and indexes them again, when a content file changed", () => {
    expect(copied(logs[2]!)).toEqual([]);
    expect(eventTitles[2]).toBe(`${TITLE} (rebuilt)`);
    expect(page("/timeline/", out).querySelector("#merida-summit-title")!.textContent).toBe(`${TITLE} (rebuilt)`);
    expect(logs[2]).not.toMatch(/index unchanged/);
  });

  it("renders again the pages whose code changed, and copies the others", () => {
    const again = copied(logs[3]!);
    expect(again).not.toContain("/timeline/index.html");
    expect(again).toContain(`${EVENT}index.html`);
    expect(page("/timeline/", out).querySelector("#merida-summit[data-rebuilt]")).not.toBeNull();
  });
});
