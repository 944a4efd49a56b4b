import { describe, expect, it } from "vitest";
import { cslJson, ris } from "../../src/files/citationFiles.ts";
import type { Citable } from "../../src/site/citable.ts";
import { apaCitation, bibtexCitation, runsText } from "../../src/site/citation.ts";
import { parseRis } from "../helpers/ris.ts";

const chart: Citable = {
  kind: "chart",
  id: "asylum-claims",
  title: "Claims rose 11-fold; “Mexico” & more",
  genre: "Chart",
  url: "https://example.org/charts/asylum-claims/",
  siteName: "Safe Third Country?",
  lang: "en",
  version: { date: "2026-12-01", hash: "a1b2c3d", id: "2026-12-01-a1b2c3d" },
  files: { csl: "/charts/asylum-claims.csl.json", ris: "/charts/asylum-claims.ris" },
};
const chapter: Citable = {
  ...chart,
  kind: "chapter",
  id: "the-deal",
  title: "The deal",
  genre: undefined,
  url: "https://example.org/chapters/the-deal/",
};

describe("cslJson(item)", () => {
  const [item] = JSON.parse(cslJson(chart)) as Record<string, unknown>[];
  it("is a CSL-JSON array of one item with type, title, issued, URL and version", () => {
    expect(item).toMatchObject({
      type: "figure",
      title: chart.title,
      issued: { "date-parts": [[2026, 12, 1]] },
      URL: chart.url,
      version: "2026-12-01-a1b2c3d",
    });
  });
  it("names the site as a literal author (a corporate name, never split into given and family names) and its language", () => {
    expect(item!.author).toEqual([{ literal: "Safe Third Country?" }]);
    expect(item!.language).toBe("en");
  });
  it("cites a dataset as a dataset and a chapter as a web page of the site", () => {
    expect(JSON.parse(cslJson({ ...chart, kind: "dataset" }))[0].type).toBe("dataset");
    expect(JSON.parse(cslJson(chapter))[0]).toMatchObject({
      type: "webpage",
      "container-title": "Safe Third Country?",
    });
  });
});

describe("ris(item)", () => {
  it("is one RIS record, TY first and ER last, with CRLF line ends", () => {
    const text = ris(chart);
    expect(text.split("\r\n")[0]).toBe("TY  - CHART");
    expect(text.endsWith("ER  - \r\n")).toBe(true);
    expect(parseRis(text)).toHaveLength(1);
  });
  it("carries the title, the site as author and publisher, the dates, the version (ET), the address and the language", () => {
    const [record] = parseRis(ris(chart));
    expect(record).toMatchObject({
      TI: [chart.title],
      AU: ["Safe Third Country?"],
      PB: ["Safe Third Country?"],
      PY: ["2026"],
      DA: ["2026/12/01"],
      ET: ["2026-12-01-a1b2c3d"],
      UR: [chart.url],
      LA: ["en"],
    });
  });
  it("types a dataset DATA and a chapter ELEC (a web page)", () => {
    expect(parseRis(ris({ ...chart, kind: "dataset" }))[0]!.TY).toEqual(["DATA"]);
    expect(parseRis(ris(chapter))[0]!.TY).toEqual(["ELEC"]);
  });
  it("keeps every value on its line: a title with a line break is joined", () => {
    expect(parseRis(ris({ ...chart, title: "Two\nlines" }))[0]!.TI).toEqual(["Two lines"]);
  });
});

describe("parseRis (the test's reader) refuses what a reference manager would", () => {
  it("rejects a record without ER, a tag before TY and a line that is not a tag", () => {
    expect(() => parseRis("TY  - DATA\r\nTI  - x\r\n")).toThrow(/no ER/);
    expect(() => parseRis("TI  - x\r\nER  - \r\n")).toThrow(/before any TY/);
    expect(() => parseRis("TY  - DATA\r\ntitle x\r\nER  - \r\n")).toThrow(/expected "XX  - value"/);
  });
});

describe("the version in APA and BibTeX", () => {
  const input = {
    siteName: "Safe Third Country?",
    title: "T",
    kind: "Chart",
    date: "2026-12-01",
    url: "https://example.org/c/",
    accessed: "[date]",
    retrieved: "Retrieved {date}, from {url}",
  };
  it("APA prints it after the title, before the kind", () => {
    expect(runsText(apaCitation({ ...input, version: "Version 2026-12-01-a1b2c3d" }))).toBe(
      "Safe Third Country? (2026). T (Version 2026-12-01-a1b2c3d) [Chart]. Retrieved [date], from https://example.org/c/",
    );
  });
  it("BibTeX gives it biblatex's version field", () => {
    expect(
      bibtexCitation("k", {
        ...input,
        note: "n",
        accessedIso: "YYYY-MM-DD",
        accessedNote: "Accessed {date}",
        versionId: "2026-12-01-a1b2c3d",
      }),
    ).toContain("  version = {2026-12-01-a1b2c3d},");
  });
});
