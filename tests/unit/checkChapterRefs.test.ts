import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { checkChapterRefs } from "../../src/load/checkChapterRefs.ts";

const body = readFileSync(new URL("../fixtures/content/chapters/one.mdx", import.meta.url), "utf8");
const known = { facts: new Set(["growth"]), charts: new Set(["claims"]), datasets: new Map(), timeline: [] };

describe("checkChapterRefs(body, file, known)", () => {
  it("accepts a chapter whose facts and charts all exist", () => {
    expect(() => checkChapterRefs(body, "one.mdx", known)).not.toThrow();
  });

  it("fails on an unknown fact id with the chapter file and line", () => {
    expect(() =>
      checkChapterRefs(body.replace('id="growth"', 'id="growht"'), "content/chapters/one.mdx", known),
    ).toThrow(
      'content/chapters/one.mdx:9: <Fact id="growht">: expected a fact id from content/facts/*.yaml, found an unknown id',
    );
  });

  it("fails on an unknown chart id with the chapter file and line", () => {
    expect(() =>
      checkChapterRefs(body.replace('<Chart id="claims"', '<Chart id="claim"'), "content/chapters/one.mdx", known),
    ).toThrow(
      'content/chapters/one.mdx:11: <Chart id="claim">: expected a chart id from content/charts/<id>.yaml, found an unknown id',
    );
  });
});
