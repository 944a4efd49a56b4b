import type { Cell, Dataset, DatasetMeta } from "../schemas/dataset.ts";
import type { Source } from "../schemas/source.ts";
import { formatDate } from "../i18n/formatDate.ts";
import { repostOf, type Repost } from "./sourceRefs.ts";

/** A cell of a data table: text, and for a source cell the link to the source. */
export interface TableCell {
  text: string;
  href?: string;
  /** For a source cell whose link is a copy or an aggregator's page: the mark to print after it. */
  repost?: Repost;
  numeric: boolean;
}

export interface TableModel {
  caption: string;
  headers: { label: string; numeric: boolean }[];
  rows: TableCell[][];
}

/** Formats one cell for reading: numbers for the locale, dates at their precision, a code as its label, a source as its publisher and link. */
export function formatCell(
  value: Cell | undefined,
  column: DatasetMeta["columns"][number],
  sources: ReadonlyMap<string, Source>,
  locale: string,
): TableCell {
  if (value === null || value === undefined) return { text: "", numeric: false };
  switch (column.type) {
    case "integer":
    case "number":
      return { text: new Intl.NumberFormat(locale).format(Number(value)), numeric: true };
    case "date":
      return { text: formatDate(String(value), locale), numeric: false };
    case "source": {
      const source = sources.get(String(value))!;
      const repost = repostOf(source);
      return {
        text: source.publisher,
        numeric: false,
        ...(source.url ? { href: source.url } : {}),
        ...(repost ? { repost } : {}),
      };
    }
    default:
      return { text: column.values?.[String(value)] ?? String(value), numeric: false };
  }
}

/** Turns a dataset into a table: numbers formatted for the locale, dates at their precision, sources as publisher links. */
export function tableModel(dataset: Dataset, sources: ReadonlyMap<string, Source>, locale: string): TableModel {
  const numeric = (type: string) => type === "integer" || type === "number";
  const columns = dataset.columns.filter((c) => c.table);
  return {
    caption: dataset.title,
    headers: columns.map((c) => ({ label: c.label, numeric: numeric(c.type) })),
    rows: dataset.rows.map((row) => columns.map((column) => formatCell(row[column.name], column, sources, locale))),
  };
}
