import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

// DESIGN.md "Architecture": folders are stages and imports point one way, from later stages to earlier ones.
const SRC = new URL("../../src", import.meta.url).pathname;
const RANK: Record<string, number> = {
  "config.ts": 0,
  schemas: 1,
  load: 2,
  i18n: 3,
  charts: 4,
  render: 5,
  site: 6,
  files: 7,
  components: 8,
  layouts: 8,
  pages: 8,
  "content.config.ts": 8,
  integrations: 9,
};
/** Browser code: imports nothing outside itself (pages bundle it, so they may import it). */
const CLIENT = "client";
/** Stylesheets and type declarations carry no logic; anyone may import them. */
const NEUTRAL = new Set(["styles", "types"]);

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.(ts|astro|mjs)$/.test(name) ? [path] : [];
  });

const stageOf = (file: string) => relative(SRC, file).split("/")[0]!;
const IMPORT = /(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g;

/** Every relative import in src/ as [importer, target], paths relative to src/. */
function imports(): [string, string][] {
  return walk(SRC).flatMap((file) =>
    [...readFileSync(file, "utf8").matchAll(IMPORT)].map((m): [string, string] => [
      relative(SRC, file),
      relative(SRC, resolve(dirname(file), m[1]!)),
    ]),
  );
}

/** Why an import breaks the stage order, or undefined when it is allowed. */
export function violation(from: string, to: string): string | undefined {
  const a = from.split("/")[0]!;
  const b = to.startsWith("..") ? "outside src" : to.split("/")[0]!;
  // Content is read by the loader from disk; only UI strings (i18n) and MDX pages (pages) are imported as modules.
  if (b === "outside src")
    return to.startsWith("../content/") && (a === "i18n" || a === "pages")
      ? undefined
      : `${from} reaches outside src/ (${to})`;
  if (a === b || NEUTRAL.has(b)) return undefined;
  if (a === CLIENT) return `${from}: browser code imports ${to}`;
  if (b === CLIENT)
    return RANK[a]! >= RANK.files! ? undefined : `${from}: only files/ and later bundle browser code, found ${to}`;
  if (!(a in RANK) || !(b in RANK))
    return `${from} → ${to}: a folder with no stage (add it to DESIGN.md and this test)`;
  return RANK[b]! > RANK[a]! ? `${from} (stage ${a}) imports ${to} (later stage ${b})` : undefined;
}

describe("import direction", () => {
  it("src/lib is gone: every module lives in the folder of its stage", () => {
    expect(readdirSync(SRC).filter((name) => !(name in RANK) && name !== CLIENT && !NEUTRAL.has(name))).toEqual([]);
  });

  it("no module imports a later stage, and browser code imports nothing outside src/client", () => {
    const bad = imports()
      .map(([from, to]) => violation(from, to))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });

  it("the rule itself: a loader importing a view model is refused, a page importing one is allowed", () => {
    expect(violation("load/loadTimeline.ts", "site/factView.ts")).toMatch(/later stage site/);
    expect(violation("pages/index.astro", "site/keyFacts.ts")).toBeUndefined();
    expect(violation("client/chartFigure.ts", "i18n/translations.ts")).toMatch(/browser code/);
    expect(violation("charts/asylumClaims.ts", "charts/kit/wrap.ts")).toBeUndefined();
  });

  it("a chart module never imports another chart, only charts/kit and charts/geo", () => {
    const bad = imports().filter(
      ([from, to]) => /^charts\/[^/]+\.ts$/.test(from) && /^charts\/[^/]+\.ts$/.test(to) && from !== "charts/index.ts",
    );
    expect(bad).toEqual([]);
  });
});
