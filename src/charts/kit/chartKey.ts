import { wrap } from "./wrap.ts";

/** An entry of a key drawn inside a chart, where an HTML legend cannot show a mark's shape: what it keys, and its words. */
export interface KeyEntry {
  /** A mark's shape (drawn with the chart's own look for `key`) or a line style. */
  kind: "symbol" | "line";
  key: string;
  text: string;
}

/** A key entry laid out: its wrapped lines, its column, and its top in pixels from the key's top. */
export interface KeyItem extends KeyEntry {
  lines: string[];
  column: number;
  top: number;
}

/**
 * Lays key entries out in `columns` columns, row by row, each label wrapped to its column after room for its mark;
 * a row is as tall as its longest label. Returns the items, the key's height and the height of one line of text.
 */
export function chartKey(
  entries: KeyEntry[],
  columns: number,
  columnWidth: number,
  fontSize: number,
): { items: KeyItem[]; height: number; lineHeight: number } {
  const lineHeight = fontSize * 1.25;
  const items: KeyItem[] = [];
  let top = 0;
  for (let i = 0; i < entries.length; i += columns) {
    const row = entries.slice(i, i + columns).map((entry, column) => ({
      ...entry,
      lines: wrap(entry.text, columnWidth - fontSize * 2, fontSize),
      column,
      top,
    }));
    items.push(...row);
    top += Math.max(...row.map((r) => r.lines.length)) * lineHeight + fontSize * 0.35;
  }
  return { items, height: top, lineHeight };
}
