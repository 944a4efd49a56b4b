import { describe, expect, it } from "vitest";
import { findBareFigures } from "../../src/load/findBareFigures.ts";

const texts = (mdx: string) => findBareFigures(mdx).map((f) => f.text);

describe("findBareFigures(mdx)", () => {
  it("finds numbers of three or more digits typed into prose", () => {
    expect(texts("Claims rose from 8,788 to 14,596, and 500 people answered.")).toEqual(["8,788", "14,596", "500"]);
  });

  it("finds money, percentages and magnitudes whatever their number of digits", () => {
    expect(
      texts("The US offered $20 million, or 75% of it, and 2.5 billion more, and US$5m, about 40 per cent."),
    ).toEqual(["$20 million", "75%", "2.5 billion", "US$5m", "40 per cent"]);
  });

  it("lets years, dates and small counts through", () => {
    expect(
      texts("On 30 April 2018, in FY2019 and the 1990s, 25 groups and 3 officials met; from 2013–2024 claims grew."),
    ).toEqual([]);
  });

  it("treats a four-digit number with a separator, or outside 1900–2099, as a figure, not a year", () => {
    expect(texts("It was 2,018 people, then 1850 and 3000.")).toEqual(["2,018", "1850", "3000"]);
  });

  it('ignores components and their attributes, so <Fact id="…" /> is the way to print a figure', () => {
    expect(
      texts('Claims reached <Fact id="claims-2017-ua" /> and <Chart id="route-2019" width={640} /> then.'),
    ).toEqual([]);
  });

  it("checks prose inside HTML elements but not their attributes", () => {
    const mdx = '<aside class="callout" data-n="123">\n  <p>Here 14,619 is typed.</p>\n</aside>';
    expect(findBareFigures(mdx)).toEqual([{ line: 2, column: 11, text: "14,619" }]);
  });

  it("skips frontmatter, imports, expressions, comments and link targets", () => {
    const mdx = [
      "---",
      "title: The 500 club",
      "updated: 2026-11-22",
      "---",
      'import X from "./x-100.ts";',
      "{/* TODO: 14,596 */}",
      "See [the report](https://example.org/2018/100-pages) and https://example.org/400/ and {1000 * 2}.",
    ].join("\n");
    expect(texts(mdx)).toEqual([]);
  });

  it("reports the line and column of each figure in the file, frontmatter included", () => {
    const mdx = "---\ntitle: x\n---\n\nFirst line.\nThen 17,000 removals.";
    expect(findBareFigures(mdx)).toEqual([{ line: 6, column: 6, text: "17,000" }]);
  });

  it("allows legal citations and document numbers, which name a law or a document rather than count anything", () => {
    const mdx = [
      "Under INA § 208(a)(2)(A), codified at 8 U.S.C. § 1158(a)(2)(A), and section 208 of the Act;",
      "see 84 FR 63994, P.L. 110-252, Executive Order 14159, AMR 41/8936/2018, UA 150/18 and Urgent Action 150.18.",
    ].join("\n");
    expect(texts(mdx)).toEqual([]);
  });

  it("still catches a figure written next to a citation", () => {
    expect(texts("Under § 1158, 17,000 people could be removed.")).toEqual(["17,000"]);
  });

  it("does not mistake a < in prose for a tag", () => {
    expect(texts("If a < b then 400 people.")).toEqual(["400"]);
  });
});
