import { parseCsv } from "./parseCsv.ts";
import { readText } from "./readText.ts";
import { parseDate } from "../schemas/parseDate.ts";
import { readYaml } from "./readYaml.ts";
import { ContentError, shown } from "./contentError.ts";
import { datasetMetaSchema, type Cell, type ColumnType, type Dataset, type Row } from "../schemas/dataset.ts";

const INTEGER = /^-?\d+$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** Reads one cell as its column type, or says what was expected. */
function readCell(raw: string, type: ColumnType, sourceIds: ReadonlySet<string>): Cell | { expected: string } {
  const text = raw.trim();
  switch (type) {
    case "year":
      return /^\d{4}$/.test(text) ? Number(text) : { expected: "a four-digit year" };
    case "integer":
      return INTEGER.test(text) ? Number(text) : { expected: "an integer (digits only, no thousands separators)" };
    case "number":
      return NUMBER.test(text) ? Number(text) : { expected: "a number (digits and an optional decimal point)" };
    case "date":
      return parseDate(text)?.iso ?? { expected: "a date written YYYY, YYYY-MM or YYYY-MM-DD" };
    case "source":
      return sourceIds.has(text) ? text : { expected: "a source id listed in content/sources/*.yaml" };
    case "string":
      return text === "" ? null : text;
  }
}

/**
 * Loads `<dir>/<id>.csv` with its `<id>.meta.yaml`: checks the header against the declared columns and every cell
 * against its column type, its `min` and the known source ids. A CSV with a header and no rows fails.
 */
export function loadDataset(
  dir: string,
  id: string,
  sourceIds: ReadonlySet<string>,
  label = `content/datasets`,
): Dataset {
  const csvLabel = `${label}/${id}.csv`;
  const { data: meta } = readYaml(`${dir}/${id}.meta.yaml`, `${label}/${id}.meta.yaml`, datasetMetaSchema);
  const { header, records } = parseCsv(readText(`${dir}/${id}.csv`, csvLabel), csvLabel);
  if (records.length === 0)
    throw new ContentError(csvLabel, 1, "expected rows of data below the header, found only the header");
  const declared = meta.columns.map((c) => c.name);
  const missing = declared.find((name) => !header.includes(name));
  if (missing) {
    throw new ContentError(
      csvLabel,
      1,
      `missing column "${missing}" (declared in ${id}.meta.yaml): found columns ${header.join(", ")}`,
    );
  }
  const extra = header.find((name) => !declared.includes(name));
  if (extra)
    throw new ContentError(
      csvLabel,
      1,
      `column "${extra}" is not declared in ${id}.meta.yaml: expected only ${declared.join(", ")}`,
    );

  const rows = records.map(({ line, cells }) => {
    const row: Record<string, Cell> = {};
    for (const column of meta.columns) {
      const raw = cells[header.indexOf(column.name)] ?? "";
      const value = readCell(raw, column.type, sourceIds);
      if (value !== null && typeof value === "object") {
        throw new ContentError(
          csvLabel,
          line,
          `column "${column.name}": expected ${value.expected}, found ${shown(raw)}`,
        );
      }
      if (column.values && value !== null && !(String(value) in column.values)) {
        throw new ContentError(
          csvLabel,
          line,
          `column "${column.name}": expected one of the codes labelled in ${id}.meta.yaml (${Object.keys(column.values).join(", ")}), found ${shown(raw)}`,
        );
      }
      if (column.min !== undefined && typeof value === "number" && value < column.min) {
        throw new ContentError(
          csvLabel,
          line,
          `column "${column.name}": expected a value of at least ${column.min} (${id}.meta.yaml sets min: ${column.min}), found ${shown(raw)}`,
        );
      }
      row[column.name] = value;
    }
    return row as Row;
  });
  return { id, ...meta, rows, lines: records.map((r) => r.line) };
}
