import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadContent } from "../../src/load/loadContent.ts";
import { fixtureWith } from "../helpers/fixture.ts";

const CSV = "datasets/claims.csv";
const load = (files: Record<string, string>) => () => loadContent(fixtureWith(files));

describe("loadContent(dir)", () => {
  it("reads sources, typed dataset rows, facts and charts from a valid folder", () => {
    const content = loadContent(fixtureWith());
    expect([...content.sources.keys()]).toEqual(["report-a", "paper-b"]);
    expect(content.datasets.get("claims")!.rows).toEqual([
      { year: 2019, claims: 100, published: "2020-05-01", source: "report-a", note: null },
      { year: 2020, claims: 250, published: "2021-07", source: "paper-b", note: "Revised, later" },
    ]);
    expect(content.facts.get("growth")).toMatchObject({ value: 1.5, sources: ["report-a", "paper-b"] });
    expect(content.charts.get("claims")!.title).toBe("Claims rose");
  });

  it("fails on a malformed CSV row with the file, the line and the field counts", () => {
    expect(load({ [CSV]: "year,claims,published,source,note\n2019,100,2020,report-a\n" })).toThrow(
      "content/datasets/claims.csv:2: expected 5 fields (year, claims, published, source, note), found 4",
    );
  });

  it("fails on an unterminated quote with the line it starts on", () => {
    expect(load({ [CSV]: 'year,claims,published,source,note\n2019,100,2020,report-a,"oops\n' })).toThrow(
      'content/datasets/claims.csv:2: a quoted field is never closed: expected a closing ", found the end of the file',
    );
  });

  it("fails on a missing column, naming it and the columns found", () => {
    expect(load({ [CSV]: "year,published,source,note\n2019,2020,report-a,\n" })).toThrow(
      'content/datasets/claims.csv:1: missing column "claims" (declared in claims.meta.yaml): found columns year, published, source, note',
    );
  });

  it("fails on a non-numeric value in a numeric column, quoting it", () => {
    expect(load({ [CSV]: 'year,claims,published,source,note\n2019,"1,000",2020,report-a,\n' })).toThrow(
      'content/datasets/claims.csv:2: column "claims": expected an integer (digits only, no thousands separators), found "1,000"',
    );
  });

  it("fails on an unknown source id in a row", () => {
    expect(load({ [CSV]: "year,claims,published,source,note\n2019,100,2020,report-z,\n" })).toThrow(
      'content/datasets/claims.csv:2: column "source": expected a source id listed in content/sources/*.yaml, found "report-z"',
    );
  });

  it("fails on an unparsable date in a row", () => {
    expect(load({ [CSV]: "year,claims,published,source,note\n2019,100,2020-13-01,report-a,\n" })).toThrow(
      'content/datasets/claims.csv:2: column "published": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "2020-13-01"',
    );
  });

  it("fails on an unparsable date in a source, with its line and field", () => {
    const sources = readFileSync(new URL("../fixtures/content/sources/sources.yaml", import.meta.url), "utf8").replace(
      "2021-07",
      "July 2021",
    );
    expect(load({ "sources/sources.yaml": sources })).toThrow(
      'content/sources/sources.yaml:11: field "[1].date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "July 2021"',
    );
  });

  it("fails on a fact that names a dataset that does not exist", () => {
    expect(
      load({
        "facts/facts.yaml":
          "- id: x\n  label: Claims in 2019\n  dataset: nope\n  where: { year: 2019 }\n  column: claims\n",
      }),
    ).toThrow('content/facts/facts.yaml:1: fact "x": expected a dataset id, found unknown dataset "nope"');
  });

  it("fails on a fact without a label, of either kind, naming the field", () => {
    expect(
      load({ "facts/facts.yaml": "- id: x\n  dataset: claims\n  where: { year: 2019 }\n  column: claims\n" }),
    ).toThrow(
      'content/facts/facts.yaml:1: field "[0]": field "label": expected a label (what the figure is, in a reader\'s words), found none',
    );
    expect(
      load({ "facts/facts.yaml": "- id: g\n  derive: ratio\n  from: [claims-2019, claims-2020]\n  format: ratio\n" }),
    ).toThrow('field "label": expected a label');
  });

  it("fails on a derived fact whose input does not exist", () => {
    expect(
      load({
        "facts/facts.yaml":
          "- id: g\n  label: Claims in b as a multiple of a\n  derive: ratio\n  from: [a, b]\n  format: ratio\n",
      }),
    ).toThrow('content/facts/facts.yaml:1: fact "g": derives from "a": expected a fact id, found none');
  });

  it("fails on a fact whose `where` picks no row", () => {
    expect(
      load({
        "facts/facts.yaml":
          "- id: x\n  label: Claims in 1999\n  dataset: claims\n  where: { year: 1999 }\n  column: claims\n",
      }),
    ).toThrow('content/facts/facts.yaml:1: fact "x": expected "where" to pick exactly one row of claims, found 0');
  });

  it("fails on a chart whose dataset does not exist", () => {
    expect(
      load({
        "charts/claims.yaml":
          "id: claims\ndataset: nope\ntitle: T\nsubtitle: S\nalt: A chart that shows something useful.\n",
      }),
    ).toThrow('content/charts/claims.yaml:1: field "dataset": expected a dataset id, found unknown dataset "nope"');
  });

  it("fails on a repeated source id, naming both places", () => {
    const twice = "- { id: a, publisher: P, title: T, date: 2020, kind: news, language: en }\n".repeat(2);
    expect(load({ "sources/sources.yaml": twice })).toThrow(
      'content/sources/sources.yaml:2: expected a unique id, found "a" again (first at content/sources/sources.yaml:1)',
    );
  });
});

describe("code columns: data keep codes, tables print labels", () => {
  const META = "datasets/claims.meta.yaml";
  const meta = readFileSync(new URL("../fixtures/content/datasets/claims.meta.yaml", import.meta.url), "utf8").replace(
    "{ name: note, label: Note, type: string, description: Note }",
    '{ name: note, label: Note, type: string, description: Note, values: { "Revised, later": "Revised later by the publisher" } }',
  );

  it("prints a code's label in the table", async () => {
    const { tableModel } = await import("../../src/site/tableModel.ts");
    const content = loadContent(fixtureWith({ [META]: meta }));
    const table = tableModel(content.datasets.get("claims")!, content.sources, "en-US");
    expect(table.rows[1]!.at(-1)!.text).toBe("Revised later by the publisher");
  });

  it("fails on a code without a label, naming the file, the line and the codes it knows", () => {
    expect(
      load({ [META]: meta, [CSV]: "year,claims,published,source,note\n2019,100,2020,report-a,unknown\n" }),
    ).toThrow(
      'content/datasets/claims.csv:2: column "note": expected one of the codes labelled in claims.meta.yaml (Revised, later), found "unknown"',
    );
  });
});

describe("columns a table leaves out", () => {
  it("a column with table: false is in the data but not in the site's table", async () => {
    const { tableModel } = await import("../../src/site/tableModel.ts");
    const meta = readFileSync(
      new URL("../fixtures/content/datasets/claims.meta.yaml", import.meta.url),
      "utf8",
    ).replace(
      "{ name: published, label: Published, type: date, description: When published }",
      "{ name: published, label: Published, type: date, description: When published, table: false }",
    );
    const content = loadContent(fixtureWith({ "datasets/claims.meta.yaml": meta }));
    const dataset = content.datasets.get("claims")!;
    expect(dataset.rows[0]!.published).toBe("2020-05-01");
    expect(tableModel(dataset, content.sources, "en-US").headers.map((h) => h.label)).toEqual([
      "Year",
      "Claims",
      "Source",
      "Note",
    ]);
  });
});
