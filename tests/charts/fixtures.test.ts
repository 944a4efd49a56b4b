import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { parseHTML } from "linkedom";
import { chartModules } from "../../src/charts/index.ts";
import { datasetMetaSchema, type ColumnType } from "../../src/schemas/dataset.ts";
import { chartText, fixture, renderAll } from "./helpers.ts";

const ROOT = new URL("../../", import.meta.url);
const fixtureFile = (id: string) => new URL(`tests/fixtures/charts/${id}.yaml`, ROOT);
/** How a cell of each column type looks once read: numbers for year, integer and number; text otherwise. */
const typeOf: Record<ColumnType, "number" | "string"> = {
  year: "number",
  integer: "number",
  number: "number",
  string: "string",
  date: "string",
  source: "string",
};

describe("every registered chart", () => {
  for (const [id, module] of chartModules) {
    it(`${id} has a fixture, tests/fixtures/charts/${id}.yaml, whose columns are its live dataset's, typed alike`, () => {
      expect(
        existsSync(fixtureFile(id)),
        `add tests/fixtures/charts/${id}.yaml: a few rows in the columns of its dataset`,
      ).toBe(true);
      const dataset = chartText(id).dataset;
      const meta = datasetMetaSchema.parse(
        parse(readFileSync(new URL(`content/datasets/${dataset}.meta.yaml`, ROOT), "utf8")),
      );
      const columns = new Map(meta.columns.map((c) => [c.name, typeOf[c.type]]));
      for (const [i, row] of fixture(id).rows.entries()) {
        for (const [name, value] of Object.entries(row)) {
          expect(
            columns.has(name),
            `row ${i + 1}: column "${name}" is not in content/datasets/${dataset}.meta.yaml`,
          ).toBe(true);
          if (value !== null) expect(typeof value, `row ${i + 1}, column "${name}"`).toBe(columns.get(name));
        }
      }
      expect(module.views.length).toBeGreaterThan(0);
    });

    it.runIf(existsSync(fixtureFile(id)))(
      `${id} draws every view at every width from its fixture, each rendering with marks that carry a tooltip`,
      () => {
        const renderings = renderAll(module, fixture(id))
          .split(/<!-- \S+ \S+ -->\n/)
          .slice(1);
        expect(renderings.length).toBe(module.views.length * 2);
        for (const svg of renderings) expect(svg.match(/<title>/g)?.length ?? 0).toBeGreaterThan(0); // a mark's <title>; the SVG's own has an id
      },
    );

    it.runIf(existsSync(fixtureFile(id)))(
      `${id} hides its axis ticks and labels from screen readers, which read its description, its marks and the table instead`,
      () => {
        for (const svg of renderAll(module, fixture(id))
          .split(/<!-- \S+ \S+ -->\n/)
          .slice(1)) {
          const { document } = parseHTML(`<body>${svg}</body>`);
          const texts = [...document.querySelectorAll("text")];
          expect(texts.length).toBeGreaterThan(0);
          for (const text of texts) expect(text.closest('[aria-hidden="true"]'), text.textContent ?? "").not.toBeNull();
          for (const mark of [...document.querySelectorAll("title")]
            .map((t) => t.parentElement!)
            .filter((el) => el.tagName.toLowerCase() !== "svg")) {
            expect(mark.closest('[aria-hidden="true"]'), mark.textContent ?? "").toBeNull(); // the marks keep their names
          }
        }
      },
    );
  }
});
