import { dateTimeFormat, listFormat, numberFormat, usdInWords, usdShort, usdWhole } from "../../i18n/format.ts";
import { formatDate } from "../../i18n/formatDate.ts";

/** Formatters bound to one locale: every number, amount, date and list a chart prints goes through one of these. */
export interface ChartFormat {
  /** A count with the locale's grouping, rounded to whole numbers unless `digits` allows decimals: "14,596", "1.9". */
  number(value: number, digits?: number): string;
  /** A short number for axes and tight labels, "120K", "1.2M"; `digits` caps the decimals (default: Intl's, two significant digits). */
  compact(value: number, digits?: number): string;
  /**
   * US dollars, the currency named where "$" is ambiguous (see i18n/format.ts `USD`): "whole" "$500"; "short" "$3B"
   * for axes; "words" "$2.5 billion" for labels and prose; in es-MX "1,176 dólares", "3,000 M" (the axis
   * label names the dollars),
   * "2.5 mil millones de dólares".
   */
  usd(amount: number, style?: "whole" | "short" | "words"): string;
  /** A share as a whole percentage: 0.75 → "75%". */
  percent(share: number): string;
  /** A YYYY, YYYY-MM or YYYY-MM-DD date at its own precision: "2018", "Jan 2023", "28 Aug 2018" (month "long": "August"). */
  date(iso: string, month?: "short" | "long"): string;
  /** Items joined as the locale says "a, b and c". */
  list(items: string[]): string;
  /** A YYYY-MM-DD date without its year, for labels on a chart that names the year elsewhere: "Feb 7" ("7 feb" in es-MX). */
  dayMonth(iso: string): string;
}

const bound = new Map<string, ChartFormat>();

/** The formatters for a locale, built once per locale. */
export function chartFormat(locale: string): ChartFormat {
  let format = bound.get(locale);
  if (!format) {
    format = {
      number: (value, digits = 0) => numberFormat(locale, { maximumFractionDigits: digits }).format(value),
      compact: (value, digits) =>
        numberFormat(locale, {
          notation: "compact",
          ...(digits === undefined ? {} : { maximumFractionDigits: digits }),
        }).format(value),
      usd: (amount, style = "whole") =>
        style === "words"
          ? usdInWords(amount, locale)
          : style === "short"
            ? usdShort(amount, locale)
            : usdWhole(amount, locale),
      percent: (share) => numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share),
      date: (iso, month) => formatDate(iso, locale, month),
      list: (items) => listFormat(locale, { type: "conjunction" }).format(items),
      dayMonth: (iso) =>
        dateTimeFormat(locale, { timeZone: "UTC", month: "short", day: "numeric" }).format(
          new Date(`${iso}T00:00:00Z`),
        ),
    };
    bound.set(locale, format);
  }
  return format;
}
