import { describe, expect, it } from "vitest";
import { chaptersUsing, lastUpdated } from "../../src/site/chaptersUsing.ts";

const chapter = (order: number, slug: string, updated: string, body: string) => ({
  data: { title: slug.toUpperCase(), dek: "d", order, slug, sources: ["s"], updated },
  body,
});
const chapters = [
  chapter(2, "two", "2026-02-01", 'Text <Chart id="claims" /> and <Fact id="growth" />.'),
  chapter(1, "one", "2026-01-01", '<Chart id="claims-by-year"/> <Table dataset="claims" />'),
  chapter(3, "three", "2026-03-01", "<Chart\n  id='claims'\n/>"),
];

describe("chaptersUsing(chapters, tag, id)", () => {
  it("finds the chapters whose MDX uses the tag with that exact id, in reading order", () => {
    expect(chaptersUsing(chapters, "Chart", "claims").map((c) => c.slug)).toEqual(["two", "three"]);
    expect(chaptersUsing(chapters, "Fact", "growth").map((c) => c.title)).toEqual(["TWO"]);
    expect(chaptersUsing(chapters, "Table", "claims", "dataset").map((c) => c.slug)).toEqual(["one"]);
    expect(chaptersUsing(chapters, "Chart", "nope")).toEqual([]);
  });
});

describe("lastUpdated(using, all)", () => {
  it("is the latest update of the chapters that use the item, or of any chapter when none does", () => {
    expect(lastUpdated(chaptersUsing(chapters, "Chart", "claims-by-year"), chapters)).toBe("2026-01-01");
    expect(lastUpdated([], chapters)).toBe("2026-03-01");
  });
});
