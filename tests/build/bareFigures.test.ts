import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { findBareFigures } from "../../src/lib/findBareFigures.ts";

const CHAPTERS = new URL("../../content/chapters", import.meta.url).pathname;
const files = readdirSync(CHAPTERS).filter((name) => name.endsWith(".mdx")).sort();

describe("chapter prose", () => {
  it("has chapters to check", () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const name of files) {
    it(`content/chapters/${name} types no figure: every one comes from <Fact id="…" />`, () => {
      const bare = findBareFigures(readFileSync(join(CHAPTERS, name), "utf8")).map((f) => `content/chapters/${name}:${f.line}:${f.column}: "${f.text}"`);
      expect(bare).toEqual([]);
    });
  }
});
