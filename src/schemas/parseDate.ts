/** A date as the sources give it: a year, a month or a day. */
export interface PartialDate {
  /** The date as written: `2018`, `2018-08` or `2018-08-28`. */
  iso: string;
  precision: "year" | "month" | "day";
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible months and days; undefined when unparsable. */
export function parseDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text.trim());
  if (!match) return undefined;
  const [, y, m, d] = match;
  if (m === undefined) return { iso: y!, precision: "year" };
  const month = Number(m);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { iso: `${y}-${m}`, precision: "month" };
  const day = Number(d);
  const daysInMonth = new Date(Date.UTC(Number(y), month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return undefined;
  return { iso: `${y}-${m}-${d}`, precision: "day" };
}
