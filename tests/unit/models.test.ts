import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/load/loadContent.ts";
import { tableModel } from "../../src/site/tableModel.ts";
import { factView, withInputs } from "../../src/site/factView.ts";
import { orderChapters, neighbours } from "../../src/site/chapters.ts";
import { fixtureWith } from "../helpers/fixture.ts";

const content = loadContent(fixtureWith());

describe("tableModel(dataset, sources, locale)", () => {
  it("formats numbers and dates, links sources, and right-aligns numeric columns", () => {
    const table = tableModel(content.datasets.get("claims")!, content.sources, "en-US");
    expect(table.headers.map((h) => h.label)).toEqual(["Year", "Claims", "Published", "Source", "Note"]);
    expect(table.headers[1]!.numeric).toBe(true);
    expect(table.rows[0]!.map((c) => c.text)).toEqual(["2019", "100", "May 1, 2020", "Agency A", ""]);
    expect(table.rows[0]![3]!.href).toBe("https://example.org/a");
    expect(table.rows[1]![3]!.href).toBeUndefined();
  });
});

describe("factView(content, id, locale)", () => {
  it("describes a cell fact by its label, with the row's note and its source", () => {
    const view = factView(content, "claims-2020", "en");
    expect(view).toMatchObject({
      text: "250",
      description: "Claims in 2020, as revised in July 2021",
      note: "Revised, later",
    });
    expect(view.sources.map((s) => s.publisher)).toEqual(["Paper B"]);
  });
  it("shows a derived fact's label and formula, names its inputs and carries all their sources", () => {
    const view = factView(content, "growth", "en");
    expect(view.text).toBe("150%");
    expect(view.description).toBe("Rise in claims from 2019 to 2020. Formula: (250 − 100) ÷ 100.");
    expect(view.inputs).toEqual(["claims-2019", "claims-2020"]);
    expect(view.sources.map((s) => s.id)).toEqual(["report-a", "paper-b"]);
  });
  it("lists a derived fact's inputs after it, once each, for the page's notes", () => {
    expect(withInputs(content, ["growth", "claims-2020"])).toEqual(["growth", "claims-2019", "claims-2020"]);
  });
  it("fails on an unknown fact id", () => {
    expect(() => factView(content, "nope", "en")).toThrow(
      '<Fact id="nope">: expected a fact id from content/facts/*.yaml, found an unknown id',
    );
  });
});

describe("orderChapters(entries) and neighbours(sorted, slug)", () => {
  const chapter = (order: number, slug: string) => ({
    data: { order, slug, title: slug, dek: "d", sources: ["s"], updated: "2020" },
  });
  it("sorts by order and finds the previous and next chapter", () => {
    const sorted = orderChapters([chapter(2, "b"), chapter(1, "a"), chapter(3, "c")]);
    expect(sorted.map((c) => c.data.slug)).toEqual(["a", "b", "c"]);
    expect(neighbours(sorted, "b")).toMatchObject({ previous: { data: { slug: "a" } }, next: { data: { slug: "c" } } });
    expect(neighbours(sorted, "a").previous).toBeUndefined();
  });
  it("fails on two chapters with the same order", () => {
    expect(() => orderChapters([chapter(1, "a"), chapter(1, "b")])).toThrow("expected a unique order and slug");
  });
});
