import type { FactFormat } from "../schemas/fact.ts";

/** Prints a figure for a locale: integers with separators, percentages to whole numbers, ratios to one decimal ("2.1 times"). */
export function formatValue(value: number, format: FactFormat, locale: string): string {
  switch (format) {
    case "integer":
      return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case "percent":
      return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
    case "usd":
      return new Intl.NumberFormat(locale, { style: "currency", currency: "USD", notation: value >= 1e6 ? "compact" : "standard", maximumFractionDigits: value >= 1e6 ? 1 : 0 }).format(value);
    case "ratio":
      return new Intl.NumberFormat(locale, { maximumFractionDigits: value >= 10 ? 0 : 1 }).format(value);
  }
}
