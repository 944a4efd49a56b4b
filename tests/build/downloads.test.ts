import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, page } from "../helpers/site.ts";
import { pngSize } from "../helpers/png.ts";
import { siteContent } from "../../src/load/loadContent.ts";
import { parseCsv } from "../../src/load/parseCsv.ts";
import { chartModules } from "../../src/charts/index.ts";

const content = siteContent();
const read = (path: string) => readFileSync(join(DIST, path), "utf8");

describe("dataset downloads: /data/<id>.csv, .json and .txt for every dataset", () => {
  for (const [id, dataset] of content.datasets) {
    it(`${id}.csv is UTF-8 with a header row and parses back to the dataset, cell by cell, with each row's source named`, () => {
      const bytes = readFileSync(join(DIST, "data", `${id}.csv`));
      expect(new TextDecoder("utf-8", { fatal: true }).decode(bytes)).toBe(bytes.toString("utf8"));
      const { header, records } = parseCsv(bytes.toString("utf8"), `${id}.csv`);
      expect(header.slice(0, dataset.columns.length)).toEqual(dataset.columns.map((c) => c.name));
      expect(header).toEqual(expect.arrayContaining(["source", "source_publisher", "source_url"]));
      expect(records.length).toBe(dataset.rows.length);
      dataset.rows.forEach((row, i) => {
        const cells = records[i]!.cells;
        for (const column of dataset.columns)
          expect(cells[header.indexOf(column.name)], `row ${i + 1}, ${column.name}`).toBe(
            row[column.name] === null ? "" : String(row[column.name]),
          );
        expect(cells[header.indexOf("source_publisher")]).toBe(content.sources.get(row.source)!.publisher);
      });
    });

    it(`${id}.json holds the same rows with the title, columns, sources, citation and licence`, () => {
      const json = JSON.parse(read(`data/${id}.json`));
      expect(json.rows).toEqual(dataset.rows);
      expect(json.title).toBe(dataset.title);
      expect(json.columns.map((c: { name: string }) => c.name)).toEqual(dataset.columns.map((c) => c.name));
      expect(json.sources.map((s: { id: string }) => s.id).sort()).toEqual(
        [...new Set(dataset.rows.map((r) => r.source))].sort(),
      );
      expect(json.citation).toMatch(
        /^Safe Third Country\? \(\d{4}\)\. .+ \[Data set\]\. Retrieved .+, from https?:\/\/.+\/data\/.+\.csv$/,
      );
      expect(json.licence.url).toBe("https://creativecommons.org/licenses/by/4.0/");
    });

    it(`${id}.txt, the README, gives the title, every column, the citation and the licence`, () => {
      const readme = read(`data/${id}.txt`);
      expect(readme.split("\n")[0]).toBe(dataset.title);
      for (const column of dataset.columns) expect(readme).toContain(`${column.name} (${column.type}): `);
      expect(readme).toMatch(/Citation\n-+\nSafe Third Country\? \(\d{4}\)\./);
      expect(readme).toContain("CC BY 4.0");
    });
  }

  it("are listed on /data/ with links to each file", () => {
    const html = read("data/index.html");
    for (const id of content.datasets.keys())
      for (const ext of ["csv", "json", "txt"]) expect(html).toContain(`href="/data/${id}.${ext}"`);
  });
});

describe("chart downloads: /charts/<id>.svg and .png, drawn at build time", () => {
  for (const id of chartModules.keys()) {
    it(`${id}.svg stands alone: title, source line, site name and address, the shipped font, and no stylesheet variables`, () => {
      const svg = read(`charts/${id}.svg`);
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      const title = page(`/charts/${id}/`).querySelector("h1")!.textContent!;
      expect(svg).toContain(
        `<title>${title.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;")}</title>`,
      );
      expect(svg).toMatch(/>Sources?: /);
      expect(svg).toContain(`Safe Third Country? · CC BY 4.0 · `);
      expect(svg).toContain(`/charts/${id}/`);
      expect(svg).toContain("Source Sans 3");
      expect(svg).not.toMatch(/var\(--|currentColor/);
    });

    it(`${id}.png is at least 1200 px wide, with the SVG's proportions`, () => {
      const png = pngSize(join(DIST, "charts", `${id}.png`));
      const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(read(`charts/${id}.svg`))!;
      expect(png.width).toBeGreaterThanOrEqual(1200);
      expect(png.height).toBeCloseTo((png.width * Number(h)) / Number(w), -1);
    });
  }

  it("are linked from each chart page's Download panel", () => {
    for (const id of chartModules.keys()) {
      const html = read(`charts/${id}/index.html`);
      expect(existsSync(join(DIST, "charts", `${id}.png`))).toBe(true);
      expect(html).toContain(`href="/charts/${id}.svg"`);
      expect(html).toContain(`href="/charts/${id}.png"`);
    }
  });
});
