import { describe, expect, it } from "vitest";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findBareFigures } from "../../src/lib/findBareFigures.ts";

const CONTENT = new URL("../../content", import.meta.url).pathname;
/** Chapters, and standalone pages written in MDX (the about page): all prose a reader sees. */
const files = ["chapters", "pages"].flatMap((dir) =>
  existsSync(join(CONTENT, dir)) ? readdirSync(join(CONTENT, dir)).filter((name) => name.endsWith(".mdx")).sort().map((name) => `${dir}/${name}`) : [],
);

describe("MDX prose", () => {
  it("has chapters to check", () => {
    expect(files.filter((f) => f.startsWith("chapters/")).length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`content/${file} types no figure: every one comes from <Fact id="…" />`, () => {
      const bare = findBareFigures(readFileSync(join(CONTENT, file), "utf8")).map((f) => `content/${file}:${f.line}:${f.column}: "${f.text}"`);
      expect(bare).toEqual([]);
    });
  }
});
