import { ContentError } from "./contentError.ts";

/** One parsed CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into a header and records.
 * Fails with the file and line on an unterminated quote or a record whose field count differs from the header's.
 */
export function parseCsv(text: string, file: string): { header: string[]; records: CsvRecord[] } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: start, cells });
    cells = [];
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") quoted = true;
    else if (ch === ",") endCell();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      start = ++line;
    } else cell += ch;
  }
  if (quoted) throw new ContentError(file, start, 'a quoted field is never closed: expected a closing ", found the end of the file');
  endRecord();
  const [head, ...rest] = records;
  if (!head) throw new ContentError(file, undefined, "expected a header row, found an empty file");
  for (const record of rest) {
    if (record.cells.length !== head.cells.length) {
      throw new ContentError(
        file,
        record.line,
        `expected ${head.cells.length} fields (${head.cells.join(", ")}), found ${record.cells.length}`,
      );
    }
  }
  return { header: head.cells.map((h) => h.trim()), records: rest };
}
