import { describe, expect, it } from "vitest";
import { mdxRefs, refIds, usesRef } from "../../src/load/mdxRefs.ts";

const mdx = [
  "---",
  "title: One",
  "---",
  "Claims rose to <Fact id=\"growth\" /> by 2023, <Fact id='peak'/> at the peak.",
  "",
  "<Chart",
  "  id='claims'",
  '  variant="full"',
  "/>",
  '<Table dataset="claims" caption={"a > b"} />',
  'Again <Fact id="growth" />, and <fact id="lower-case-is-html" /> and <Chart ids="not-id" />.',
].join("\n");

describe("mdxRefs(text)", () => {
  it("finds every component tag with its quoted attributes and the line of its <", () => {
    expect(mdxRefs(mdx).map((r) => [r.tag, r.attributes, r.line])).toEqual([
      ["Fact", { id: "growth" }, 4],
      ["Fact", { id: "peak" }, 4],
      ["Chart", { id: "claims", variant: "full" }, 6],
      ["Table", { dataset: "claims" }, 10],
      ["Fact", { id: "growth" }, 11],
      ["Chart", { ids: "not-id" }, 11],
    ]);
  });

  it("reads past a > inside an {expression} or a quoted value", () => {
    expect(mdxRefs('<Cite note="a > b" id="x" />')[0]!.attributes).toEqual({ note: "a > b", id: "x" });
    expect(mdxRefs('<TimelineExcerpt ids={["a>b"]} style={{ gap: 1 }} from="2018" />')[0]!.attributes).toEqual({
      from: "2018",
    });
  });

  it("finds nothing in prose without components", () => {
    expect(mdxRefs("Plain text, 3 < 4 and <em>html</em>.")).toEqual([]);
  });
});

describe("refIds(text, tag, attribute)", () => {
  it("lists ids in order of first use, without repeats, for one tag only", () => {
    expect(refIds(mdx, "Fact")).toEqual(["growth", "peak"]);
    expect(refIds(mdx, "Chart")).toEqual(["claims"]);
    expect(refIds(mdx, "Table", "dataset")).toEqual(["claims"]);
  });
});

describe("usesRef(text, tag, value, attribute)", () => {
  it("matches the exact id, not a prefix or another attribute", () => {
    expect(usesRef(mdx, "Chart", "claims")).toBe(true);
    expect(usesRef(mdx, "Chart", "claim")).toBe(false);
    expect(usesRef(mdx, "Chart", "not-id")).toBe(false);
    expect(usesRef(mdx, "Table", "claims", "dataset")).toBe(true);
  });
});
