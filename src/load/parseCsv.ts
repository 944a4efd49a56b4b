import { ContentError } from "./contentError.ts";

/** One parsed CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  line: number;
  cells: string[];
}

/** Where a quoted field holding a line break opened and closed. */
type Span = { from: number; to: number };

/** A quote left open mid-file: the field runs on over line breaks until the next quote somewhere below. */
const runOn = (file: string, { from, to }: Span) =>
  new ContentError(
    file,
    from,
    `a quoted field opened on this line is closed only on line ${to}: expected a closing " on line ${from}, found the quote running on over ${to - from} line break(s)`,
  );

/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into a header and records.
 * Fails with the file and line on an unterminated quote, a quote left open across a line break (a record that then has
 * the wrong field count), a column named twice in the header, or a record whose field count differs from the header's.
 */
export function parseCsv(text: string, file: string): { header: string[]; records: CsvRecord[] } {
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let opened = 1;
  let spans: Span | undefined;
  const spansOf = new Map<CsvRecord, Span>(); // records with a field over several lines, for the open-quote message
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRecord = () => {
    endCell();
    if (!(cells.length === 1 && cells[0] === "")) {
      const record = { line: start, cells };
      records.push(record);
      if (spans) spansOf.set(record, spans);
    }
    cells = [];
    spans = undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') ((cell += '"'), i++);
      else if (ch === '"') {
        quoted = false;
        if (line > opened && !spans) spans = { from: opened, to: line };
        const next = text[i + 1];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r") {
          // `"…"250`: the quote that closed the field was meant to open another, so an earlier quote was left open.
          if (spans) throw runOn(file, spans);
          throw new ContentError(
            file,
            line,
            `a quoted field is followed by ${JSON.stringify(text.slice(i + 1).split(/[,\r\n]/)[0])}: expected a comma or the end of the line after its closing "`,
          );
        }
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
    } else if (ch === '"' && cell === "") ((quoted = true), (opened = line));
    else if (ch === ",") endCell();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      start = ++line;
    } else cell += ch;
  }
  if (quoted)
    throw new ContentError(
      file,
      start,
      'a quoted field is never closed: expected a closing ", found the end of the file',
    );
  endRecord();
  const [head, ...rest] = records;
  if (!head) throw new ContentError(file, undefined, "expected a header row, found an empty file");
  const header = head.cells.map((h) => h.trim());
  header.forEach((name, i) => {
    const first = header.indexOf(name);
    if (first < i)
      throw new ContentError(
        file,
        1,
        `column "${name}" is in the header twice (fields ${first + 1} and ${i + 1}): expected each column once`,
      );
  });
  for (const record of rest) {
    const span = spansOf.get(record);
    if (record.cells.length !== head.cells.length && span) throw runOn(file, span);
    if (record.cells.length !== head.cells.length) {
      throw new ContentError(
        file,
        record.line,
        `expected ${head.cells.length} fields (${head.cells.join(", ")}), found ${record.cells.length}`,
      );
    }
  }
  return { header, records: rest };
}
