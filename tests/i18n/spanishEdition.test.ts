import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, page, pages } from "../helpers/site.ts";
import { pageTexts } from "./leaks.ts";
import { siteContent, siteContentIn } from "../../src/load/loadContent.ts";

// The Spanish edition, read from the build: every page in both languages, linked both ways, and no English on the
// Spanish pages except what is marked as English (lang="en" on a source's title, a quote in its original).
const built = pages();
const spanish = built.filter((p) => p.startsWith("/es/"));
const english = built.filter((p) => !p.startsWith("/es/"));

/** Pages in one language only, and why. */
const ONE_LANGUAGE: Record<string, string> = {
  "/404.html": "hosts serve one not-found page for every address; it says so in both languages",
};

const counterpart = (path: string) => (path.startsWith("/es/") ? path.slice(3) : `/es${path}`);
const en = JSON.parse(readFileSync(new URL("../../content/ui/en.json", import.meta.url), "utf8")) as Record<
  string,
  string
>;
const es = JSON.parse(readFileSync(new URL("../../content/ui/es.json", import.meta.url), "utf8")) as Record<
  string,
  string
>;

describe("the Spanish edition", () => {
  it("exists: the build has Spanish pages", () => {
    expect(spanish.length).toBeGreaterThan(100);
  });

  it("has a counterpart for every page, both ways, but for a short list of exceptions", () => {
    const missing = [...english, ...spanish].filter(
      (path) => !(path in ONE_LANGUAGE) && !built.includes(counterpart(path)),
    );
    expect(missing).toEqual([]);
    expect(english.length - Object.keys(ONE_LANGUAGE).length).toBe(spanish.length);
  });

  it("marks every Spanish page es-MX and every English page en", () => {
    const wrong = built.flatMap((path) => {
      const lang = page(path).documentElement.getAttribute("lang");
      const expected = path.startsWith("/es/") ? "es-MX" : "en";
      return lang === expected ? [] : [`${path}: ${lang}`];
    });
    expect(wrong).toEqual([]);
  });

  it("links each page to its counterpart with reciprocal hreflang alternates, x-default to English, that resolve", () => {
    const problems: string[] = [];
    // Embeds are frames inside other sites, not indexed: the embed code a reader copies picks the language.
    for (const path of built.filter((p) => !(p in ONE_LANGUAGE) && !/^(\/es)?\/embed\//.test(p))) {
      const doc = page(path);
      const alternates = Object.fromEntries(
        [...doc.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [
          l.getAttribute("hreflang"),
          new URL(l.getAttribute("href")!).pathname,
        ]),
      );
      const enPath = path.startsWith("/es/") ? counterpart(path) : path;
      const esPath = path.startsWith("/es/") ? path : counterpart(path);
      const expected = { en: enPath, "es-MX": esPath, "x-default": enPath };
      for (const [lang, target] of Object.entries(expected))
        if (!alternates[lang]?.endsWith(target)) problems.push(`${path}: hreflang ${lang} → ${alternates[lang]}`);
      // The visible link to the other language, a plain link with hreflang and lang.
      const other = path.startsWith("/es/") ? enPath : esPath;
      const link = [...doc.querySelectorAll("a[hreflang]")].find((a) =>
        new URL(a.getAttribute("href")!, `http://site${path}`).pathname.endsWith(other),
      );
      if (!link || !link.getAttribute("lang")) problems.push(`${path}: no link to ${other} with hreflang and lang`);
    }
    for (const path of built) {
      const file = join(DIST, path, path.endsWith(".html") ? "" : "index.html");
      if (!existsSync(file)) problems.push(`${path}: missing`);
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it("names publishers with this site's own words in Spanish: no English annotation on a Spanish page", () => {
    // The publishers whose annotation content/publishers.es.yaml translates ("Reuters (via the Hindustan Times)").
    const inEnglish = [...siteContent().sources.values()]
      .filter((s) => siteContentIn("es").sources.get(s.id)!.publisher !== s.publisher)
      .map((s) => s.publisher);
    expect(inEnglish.length).toBeGreaterThan(30);
    const leaks = spanish.flatMap((path) => {
      const text = page(path).body.textContent ?? "";
      return inEnglish.filter((publisher) => text.includes(publisher)).map((publisher) => `${path}: ${publisher}`);
    });
    expect(leaks.slice(0, 20), `${leaks.length} leaks`).toEqual([]);
  });

  it("shows no English interface text, English-style date or bare dollar sign on a Spanish page", () => {
    // UI strings whose Spanish differs, long enough not to be a shared word (CSV, PNG, SVG, JSON…).
    const english = new Set(
      Object.entries(en)
        .filter(([key, text]) => es[key] !== text && !/\{/.test(text) && text.length > 3)
        .map(([, text]) => text),
    );
    const month = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4}\b/;
    const leaks: string[] = [];
    for (const path of spanish) {
      // A source's title is quoted as published (“…”), whatever its language.
      const html = readFileSync(join(DIST, path, "index.html"), "utf8");
      // Data tables included: their cells are the Spanish dataset words.
      for (const text of pageTexts(html, { tables: true }).map((t) => t.replace(/“[^”]*”/g, "“”"))) {
        if (english.has(text)) leaks.push(`${path}: UI "${text}"`);
        else if (month.test(text)) leaks.push(`${path}: date "${text.match(month)![0]}"`);
        else if (/(?<![A-Z])\$\s?\d/.test(text)) leaks.push(`${path}: money "${text}"`);
      }
    }
    expect(leaks.slice(0, 30), `${leaks.length} leaks`).toEqual([]);
  });

  it("draws every chart in Spanish: no English chart words in the Spanish renderings", () => {
    const words = ["Claims", "Removals", "Detention events", "as reported", "n/a", "Source:"];
    const leaks: string[] = [];
    for (const path of spanish.filter((p) => p.startsWith("/es/charts/") || p.startsWith("/es/embed/"))) {
      const doc = page(path);
      for (const svg of doc.querySelectorAll("figure svg")) {
        const text = svg.textContent ?? "";
        for (const word of words) if (new RegExp(`\\b${word}\\b`).test(text)) leaks.push(`${path}: "${word}"`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
