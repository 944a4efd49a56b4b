import { z } from "zod";

/** How a CSV column is read: years and integers become numbers, dates stay ISO strings, sources must be known ids. */
export const columnType = z.enum(["year", "integer", "number", "string", "date", "source"]);
export type ColumnType = z.infer<typeof columnType>;

/** The sidecar `<id>.meta.yaml` that describes a dataset's CSV. */
export const datasetMetaSchema = z.strictObject({
  /** Human title, used for the table caption and downloads. */
  title: z.string().min(1),
  /** What one row is and where the numbers come from. */
  description: z.string().min(1),
  /** Unit of the main value, e.g. "asylum claims". */
  unit: z.string().min(1),
  /** Licence statement for the table. */
  licence: z.string().min(1),
  /** Every CSV column, in order: name in the CSV, label for table headers, type, description. One named `source`, of type `source`, is required. */
  columns: z
    .array(
      z.strictObject({
        name: z.string().min(1),
        label: z.string().min(1),
        type: columnType,
        description: z.string().min(1),
        /** For a column of codes: the reader's label of each code (tables and notes print the label; the CSV keeps the code). Every code in the column must have one. */
        values: z.record(z.string(), z.string().min(1)).optional(),
        /** For a column of integers or numbers: the smallest value it may hold, e.g. 0 for a count, which cannot be negative. Unset: no lower bound. */
        min: z.number().optional(),
        /** Whether data tables on the site show the column; false for a code that only steers a chart or repeats a neighbour. Downloads keep every column. Default true. */
        table: z.boolean().default(true),
      }),
    )
    .min(1)
    .refine((cols) => cols.some((c) => c.name === "source" && c.type === "source"), {
      error: 'expected a column named "source" of type source, found none',
    }),
  /** Caveats and formulas shown under every chart and table of the dataset. */
  notes: z.array(z.string()).default([]),
});
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** A typed cell: numbers for year, integer and number columns; strings otherwise; null when an optional cell is empty. */
export type Cell = number | string | null;
export type Row = Record<string, Cell> & { source: string };

/** A validated dataset: its metadata, its rows, and the CSV line of each row for error messages. */
export interface Dataset extends DatasetMeta {
  id: string;
  rows: Row[];
  lines: number[];
}
