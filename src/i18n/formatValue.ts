import type { FactFormat } from "../schemas/fact.ts";
import { numberFormat, USD } from "./format.ts";

/**
 * Prints a figure for a locale: integers with separators, whole percentages, ratios to one decimal below ten, dollars
 * compact from a million. Dollars follow the one currency rule of i18n/format.ts: "$2.5B" in en-US, "USD 2500 M" in
 * es-MX, where "$" means pesos.
 */
export function formatValue(value: number, format: FactFormat, locale: string): string {
  switch (format) {
    case "integer":
      return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case "percent":
      return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
    case "usd":
      return numberFormat(
        locale,
        value >= 1e6
          ? { ...USD, notation: "compact", maximumSignificantDigits: 3 }
          : { ...USD, maximumFractionDigits: 0 },
      ).format(value);
    case "ratio":
      return numberFormat(locale, { maximumFractionDigits: value >= 10 ? 0 : 1 }).format(value);
  }
}
