import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findBareFigures } from "../../src/load/findBareFigures.ts";
import { siteContent } from "../../src/load/loadContent.ts";

const CONTENT = new URL("../../content", import.meta.url).pathname;
/** Chapters, and standalone pages written in MDX (the about page): all prose a reader sees. */
const files = ["chapters", "pages"].flatMap((dir) =>
  existsSync(join(CONTENT, dir))
    ? readdirSync(join(CONTENT, dir))
        .filter((name) => name.endsWith(".mdx"))
        .sort()
        .map((name) => `${dir}/${name}`)
    : [],
);

describe("MDX prose", () => {
  it("has chapters to check", () => {
    expect(files.filter((f) => f.startsWith("chapters/")).length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`content/${file} types no figure: every one comes from <Fact id="…" />`, () => {
      const bare = findBareFigures(readFileSync(join(CONTENT, file), "utf8")).map(
        (f) => `content/${file}:${f.line}:${f.column}: "${f.text}"`,
      );
      expect(bare).toEqual([]);
    });
  }
});

describe("timeline prose", () => {
  const events = siteContent().timeline;
  it("has events to check", () => {
    expect(events.length).toBeGreaterThan(0);
  });

  it("types no figure in any event's title, summary or date note: figures are {fact-id} tokens", () => {
    const bare = events.flatMap((e) =>
      [e.title, e.summary, ...e.alternatives.map((a) => a.note)].flatMap((text) =>
        findBareFigures(text).map((f) => `${e.id}: "${f.text}"`),
      ),
    );
    expect(bare).toEqual([]);
  });
});
