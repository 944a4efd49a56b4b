import type { FactFormat } from "../schemas/fact.ts";

/** Prints a figure for a locale: integers with separators, whole percentages, ratios to one decimal below ten, dollars compact from a million ("$2.5B"). */
export function formatValue(value: number, format: FactFormat, locale: string): string {
  switch (format) {
    case "integer":
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case "percent":
      return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
    case "usd":
      return new Intl.NumberFormat(locale, value >= 1e6 ? { style: "currency", currency: "USD", notation: "compact", maximumSignificantDigits: 3 } : { style: "currency", currency: "USD", maximumFractionDigits: 0 }).format(value);
    case "ratio":
      return new Intl.NumberFormat(locale, { maximumFractionDigits: value >= 10 ? 0 : 1 }).format(value);
  }
}
