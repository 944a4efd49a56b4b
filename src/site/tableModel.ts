import type { Cell, Dataset, DatasetMeta } from "../schemas/dataset.ts";
import type { Source } from "../schemas/source.ts";
import { formatDate } from "../i18n/formatDate.ts";

/** A cell of a data table: text, and for a source cell the link to the source. */
export interface TableCell {
  text: string;
  href?: string;
  numeric: boolean;
}

export interface TableModel {
  caption: string;
  headers: { label: string; numeric: boolean }[];
  rows: TableCell[][];
}

/** Formats one cell for reading: numbers for the locale, dates at their precision, a source as its publisher and link. */
export function formatCell(value: Cell | undefined, column: DatasetMeta["columns"][number], sources: ReadonlyMap<string, Source>, locale: string): TableCell {
  if (value === null || value === undefined) return { text: "", numeric: false };
  switch (column.type) {
    case "integer":
    case "number":
      return { text: new Intl.NumberFormat(locale).format(Number(value)), numeric: true };
    case "date":
      return { text: formatDate(String(value), locale), numeric: false };
    case "source": {
      const source = sources.get(String(value))!;
      return { text: source.publisher, numeric: false, ...(source.url ? { href: source.url } : {}) };
    }
    default:
      return { text: String(value), numeric: false };
  }
}

/** Turns a dataset into a table: numbers formatted for the locale, dates at their precision, sources as publisher links. */
export function tableModel(dataset: Dataset, sources: ReadonlyMap<string, Source>, locale: string): TableModel {
  const numeric = (type: string) => type === "integer" || type === "number";
  return {
    caption: dataset.title,
    headers: dataset.columns.map((c) => ({ label: c.label, numeric: numeric(c.type) })),
    rows: dataset.rows.map((row) => dataset.columns.map((column) => formatCell(row[column.name], column, sources, locale))),
  };
}
