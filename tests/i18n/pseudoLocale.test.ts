import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import en from "../../content/ui/en.json" with { type: "json" };
import { pages } from "../helpers/site.ts";
import { englishPatterns, leaks } from "./leaks.ts";
import { pseudo } from "../../src/load/pseudoContent.ts";
import { loadContent } from "../../src/load/loadContent.ts";

// The standard i18n check: build the site once more with a generated pseudo-language ("qps": every UI string and chart
// word accented and bracketed) and look for any UI string or chart word a /qps/ page still shows in English. One that
// does was written in code, not taken from content/ui or content/charts.
const ROOT = new URL("../..", import.meta.url).pathname;
const OUT = "dist-test-pseudo";

/** Every string of a chart's words file, except its id and dataset (codes). */
function chartWords(): string[] {
  const words: string[] = [];
  const collect = (value: unknown, key = ""): void => {
    if (typeof value === "string") {
      if (key !== "id" && key !== "dataset") words.push(value);
    } else if (Array.isArray(value)) value.forEach((v) => collect(v));
    else if (value && typeof value === "object") Object.entries(value).forEach(([k, v]) => collect(v, k));
  };
  for (const file of readdirSync(join(ROOT, "content/charts")).filter((f) => !/\.\w+\.yaml$/.test(f)))
    collect(parse(readFileSync(join(ROOT, "content/charts", file), "utf8")));
  return words;
}

describe("pseudo-locale build: no English is written in code", () => {
  beforeAll(() => {
    rmSync(join(ROOT, OUT), { recursive: true, force: true });
    execFileSync("npx", ["astro", "build"], {
      cwd: ROOT,
      stdio: "pipe",
      env: {
        ...process.env,
        SITE_LANGUAGES: "en",
        PSEUDO_LOCALE: "1",
        OUT_DIR: OUT,
        ASTRO_CACHE_DIR: ".cache-test-pseudo",
      },
    });
    return () => {
      for (const dir of [OUT, ".cache-test-pseudo"]) rmSync(join(ROOT, dir), { recursive: true, force: true });
    };
  }, 600_000);

  it("the transform accents every letter, brackets the string and keeps {placeholders}", () => {
    expect(pseudo("{n} min read")).toBe("⟦{n} míñ réád⟧");
  });

  it("builds every page in the pseudo-language too, under /qps/", () => {
    const all = pages(join(ROOT, OUT));
    // 404.html is the host's fallback for every path, one file at the root.
    const english = all.filter((p) => !p.startsWith("/qps/") && p !== "/404.html");
    expect(all.filter((p) => p.startsWith("/qps/")).map((p) => p.slice(4))).toEqual(expect.arrayContaining(english));
  });

  it("no /qps/ page shows a UI string or a chart word untransformed", () => {
    // A UI string that is also a name content uses (the timeline category "Mexico" is an actor's name and a country
    // in the agreements data too) is left out: content is not transformed, so its words are not leaks.
    const content = loadContent(join(ROOT, "content"));
    // The about page is prose in content/pages/ (the pseudo-language shows the English one), titled as the search
    // filter that lists it.
    const pageTitles = readdirSync(join(ROOT, "content/pages"))
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => /^title:\s*(.+)$/m.exec(readFileSync(join(ROOT, "content/pages", f), "utf8"))?.[1]?.trim() ?? "");
    const names = new Set([
      ...pageTitles,
      ...content.timeline.flatMap((e) => e.actors),
      ...[...content.datasets.values()].flatMap((d) =>
        d.rows.flatMap((row) => Object.values(row).filter((v): v is string => typeof v === "string")),
      ),
    ]);
    const ui = englishPatterns(
      Object.entries(en)
        .filter(([key, value]) => key !== "locale" && !names.has(value))
        .map(([, v]) => v),
    );
    const chart = englishPatterns(chartWords());
    const found = pages(join(ROOT, OUT))
      .filter((p) => p.startsWith("/qps/"))
      .flatMap((p) =>
        leaks(join(ROOT, OUT, p, p.endsWith(".html") ? "" : "index.html"), ui, chart).map((text) => `${p}: ${text}`),
      );
    expect(found, found.slice(0, 40).join("\n")).toEqual([]);
  });

  it("pages say their language: <html lang> is the route's", () => {
    const html = readFileSync(join(ROOT, OUT, "qps/index.html"), "utf8");
    expect(html).toMatch(/<html[^>]* lang="qps"/);
  });
});
