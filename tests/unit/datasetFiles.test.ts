import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/load/loadContent.ts";
import { parseCsv } from "../../src/load/parseCsv.ts";
import { datasetCsv, datasetJson, datasetReadme, SOURCE_COLUMNS } from "../../src/files/datasetFiles.ts";
import { fixtureWith } from "../helpers/fixture.ts";

const content = loadContent(fixtureWith());
const dataset = content.datasets.get("claims")!;
const context = {
  siteName: "Safe Third Country?",
  urls: {
    csv: "https://e.org/data/claims.csv",
    json: "https://e.org/data/claims.json",
    readme: "https://e.org/data/claims.txt",
    page: "https://e.org/data/#claims",
  },
  updated: "2026-11-22",
  kind: "Data set",
  licence: { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" },
  lang: "en" as const,
};

describe("datasetCsv(dataset, sources)", () => {
  const csv = datasetCsv(dataset, content.sources);
  it("has a header row of the dataset's columns, then its source's publisher, title and address", () => {
    expect(csv.split("\r\n")[0]).toBe(["year", "claims", "published", "source", "note", ...SOURCE_COLUMNS].join(","));
  });
  it("quotes fields with commas or quotes, leaves empty cells empty, and ends lines with CRLF", () => {
    expect(csv).toBe(
      "year,claims,published,source,note,source_publisher,source_title,source_url\r\n" +
        "2019,100,2020-05-01,report-a,,Agency A,Annual report,https://example.org/a\r\n" +
        '2020,250,2021-07,paper-b,"Revised, later",Paper B,A news story,\r\n',
    );
  });
  it("parses back to the dataset's own cells", () => {
    const { header, records } = parseCsv(csv, "claims.csv");
    for (const [i, row] of dataset.rows.entries()) {
      for (const column of dataset.columns)
        expect(records[i]!.cells[header.indexOf(column.name)]).toBe(
          row[column.name] === null ? "" : String(row[column.name]),
        );
    }
  });
});

describe("datasetJson(dataset, sources, context)", () => {
  const json = JSON.parse(datasetJson(dataset, content.sources, context));
  it("carries the rows, the columns, the sources cited, the citation and the licence", () => {
    expect(json.rows).toEqual(dataset.rows);
    expect(json.columns.map((c: { name: string }) => c.name)).toEqual([
      "year",
      "claims",
      "published",
      "source",
      "note",
    ]);
    expect(json.sources.map((s: { id: string }) => s.id)).toEqual(["report-a", "paper-b"]);
    expect(json.citation).toBe(
      "Safe Third Country? (2026). Claims by year [Data set]. Retrieved [date you accessed it], from https://e.org/data/claims.csv",
    );
    expect(json.licence).toEqual({
      statement: "CC BY 4.0",
      name: "CC BY 4.0",
      url: "https://creativecommons.org/licenses/by/4.0/",
    });
  });
});

describe("datasetReadme(dataset, sources, context)", () => {
  const readme = datasetReadme(dataset, content.sources, context);
  it("starts with the title and says what each column is, where each source is, how to cite it and its licence", () => {
    expect(readme.startsWith("Claims by year\n==============\n")).toBe(true);
    expect(readme).toContain("claims (integer): Claims");
    expect(readme).toContain('- Agency A, "Annual report" (2020-05-01) https://example.org/a');
    expect(readme).toContain("Citation\n--------\nSafe Third Country? (2026). Claims by year [Data set].");
    expect(readme).toContain("Licence\n-------\nCC BY 4.0 CC BY 4.0: https://creativecommons.org/licenses/by/4.0/");
  });
});
