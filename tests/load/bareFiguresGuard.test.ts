import { describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadContent } from "../../src/load/loadContent.ts";
import { fixtureWith } from "../helpers/fixture.ts";

const CHAPTER = readFileSync(new URL("../fixtures/content/chapters/one.mdx", import.meta.url), "utf8");
const TIMELINE = "timeline/events.yaml";

describe("loading content stops the build on a figure typed into prose", () => {
  it("accepts the fixture, whose figures all come from <Fact />", () => {
    expect(() => loadContent(fixtureWith())).not.toThrow();
  });

  it("fails on a chapter with a typed figure, with the file, line and column", () => {
    const typed = CHAPTER.replace(
      'Claims rose by <Fact id="growth" />.',
      'Claims rose by <Fact id="growth" />, to 14,596.',
    );
    expect(() => loadContent(fixtureWith({ "chapters/one.mdx": typed }))).toThrow(
      'content/chapters/one.mdx:9: column 41: expected every figure in prose to come from <Fact id="…" /> (content/facts/*.yaml), found "14,596" typed in',
    );
  });

  it("names how many more there are, and where", () => {
    const typed = `${CHAPTER}\nIt cost $20 million, or 75% of the budget.\n`;
    expect(() => loadContent(fixtureWith({ "chapters/one.mdx": typed }))).toThrow(
      /one\.mdx:13: column 9: .*found "\$20 million" typed in \(and 1 more: 13:25 "75%"\)/,
    );
  });

  it("checks MDX pages too", () => {
    const dir = fixtureWith();
    mkdirSync(join(dir, "pages"));
    writeFileSync(join(dir, "pages/about.mdx"), "# About\n\nWe read 500 documents.\n");
    expect(() => loadContent(dir)).toThrow("content/pages/about.mdx:3: column 9:");
  });

  it("fails on a typed figure in a timeline event's summary, with the file and line of the field", () => {
    const events = readFileSync(new URL(`../fixtures/content/${TIMELINE}`, import.meta.url), "utf8");
    const typed = events.replace(/summary: .*/, "summary: Claims reached 14,596 that year.");
    expect(() => loadContent(fixtureWith({ [TIMELINE]: typed }))).toThrow(
      /content\/timeline\/events\.yaml:\d+: event "[\w-]+": field "summary": expected figures as \{fact-id\} tokens, found "14,596" typed in/,
    );
  });
});
