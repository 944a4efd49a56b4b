import { parseDate } from "../schemas/parseDate.ts";
import { dateTimeFormat } from "./format.ts";

/** Prints a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date at its own precision: "2018", "Jan 2023", "28 Aug 2018". Always UTC. */
export function formatDate(iso: string, locale: string, month: "short" | "long" = "short"): string {
  const date = parseDate(iso);
  if (!date) throw new Error(`formatDate: expected YYYY, YYYY-MM or YYYY-MM-DD, found "${iso}"`);
  if (date.precision === "year") return date.iso;
  const [y, m, d] = date.iso.split("-").map(Number);
  const when = new Date(Date.UTC(y!, m! - 1, d ?? 1));
  const options: Intl.DateTimeFormatOptions = {
    timeZone: "UTC",
    year: "numeric",
    month,
    ...(date.precision === "day" ? { day: "numeric" } : {}),
  };
  return dateTimeFormat(locale, options).format(when);
}
