import type { FactFormat } from "../schemas/fact.ts";
import { numberFormat, usdFigure } from "./format.ts";

/**
 * Prints a figure for a locale: integers with separators, whole percentages, ratios to one decimal below ten, dollars
 * compact from a million. Dollars follow the one currency rule of i18n/format.ts: "$2.5B" in en-US, "2.5 mil millones
 * de dólares" in es-MX, where "$" means pesos.
 */
export function formatValue(value: number, format: FactFormat, locale: string): string {
  switch (format) {
    case "integer":
      return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
    case "percent":
      return numberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(value);
    case "usd":
      return usdFigure(value, locale);
    case "ratio":
      return numberFormat(locale, { maximumFractionDigits: value >= 10 ? 0 : 1 }).format(value);
  }
}
