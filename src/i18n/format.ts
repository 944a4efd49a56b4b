/**
 * Memoised Intl formatters: one per locale × options, built on first use (an Intl constructor costs far more than a
 * call to `format`, and a build formats tens of thousands of numbers). Options are keyed by their JSON, so callers pass
 * literal objects freely.
 */
const cache = new Map<string, unknown>();

function memo<T>(kind: string, locale: string, options: object, make: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let found = cache.get(key) as T | undefined;
  if (found === undefined) cache.set(key, (found = make()));
  return found;
}

/** `Intl.NumberFormat` for a locale and options, created once. */
export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  memo("number", locale, options, () => new Intl.NumberFormat(locale, options));

/** `Intl.DateTimeFormat` for a locale and options, created once. */
export const dateTimeFormat = (locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
  memo("date", locale, options, () => new Intl.DateTimeFormat(locale, options));

/** `Intl.ListFormat` for a locale and options, created once. */
export const listFormat = (locale: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat =>
  memo("list", locale, options, () => new Intl.ListFormat(locale, options));

/**
 * How money is named: US dollars with Intl's default `currencyDisplay: "symbol"`, whose CLDR data writes a bare "$" only
 * where the dollar is the reader's own currency ("$20M" in en-US) and names it elsewhere ("USD 20 M" in es-MX, where
 * "$" means pesos; "US$20M" in en-CA). Never `narrowSymbol`, which would glue "$" everywhere.
 */
export const USD: Intl.NumberFormatOptions = { style: "currency", currency: "USD", currencyDisplay: "symbol" };

/**
 * Languages that name the dollar in words after the amount, where a symbol or code would read as foreign: Spanish
 * writes "20 millones de dólares" (with "de" after millón/millones), never a bare "$", which means pesos in Mexico.
 */
const DOLLARS_AFTER: Record<string, (amount: string) => string> = {
  es: (amount) => `${amount}${/mill(?:ón|ones)$/.test(amount) ? " de" : ""} dólares`,
};
const dollarsAfter = (locale: string) => DOLLARS_AFTER[locale.split("-")[0]!];

/**
 * US dollars with the amount in words: "$2.5 billion" (en-US), "2.5 mil millones de dólares" (es-MX). Intl's currency
 * formats have no long compact form, so the long compact number is set where Intl's currency format puts its number,
 * keeping the currency's name and position from Intl, unless the language names dollars in words (DOLLARS_AFTER).
 */
export function usdInWords(amount: number, locale: string, maximumFractionDigits = 2): string {
  const words = numberFormat(locale, { notation: "compact", compactDisplay: "long", maximumFractionDigits }).format(
    Math.abs(amount),
  );
  const after = dollarsAfter(locale);
  if (after) return `${amount < 0 ? "-" : ""}${after(words)}`;
  const parts = numberFormat(locale, { ...USD, maximumFractionDigits: 0 }).formatToParts(amount < 0 ? -1 : 1);
  // The format of one dollar has a single integer part: the number's place, between Intl's currency name and spacing.
  return parts.map((part) => (part.type === "integer" ? words : part.value)).join("");
}

/** Whole US dollars: "$1,176" (en-US), "1,176 dólares" (es-MX). */
export function usdWhole(amount: number, locale: string): string {
  const after = dollarsAfter(locale);
  return after
    ? after(numberFormat(locale, { maximumFractionDigits: 0 }).format(amount))
    : numberFormat(locale, { ...USD, maximumFractionDigits: 0 }).format(amount);
}

/**
 * Dollars for an axis tick: "$3B" (en-US); where the language names dollars in words, the compact number alone,
 * "3,000 M" (es-MX), and the axis label says they are dollars.
 */
export function usdShort(amount: number, locale: string): string {
  return dollarsAfter(locale)
    ? numberFormat(locale, { notation: "compact", useGrouping: "always" }).format(amount)
    : numberFormat(locale, { ...USD, notation: "compact" }).format(amount);
}

/**
 * A dollar figure as a fact prints it: compact from a million ("$2.5B"; "2.5 mil millones de dólares" in es-MX),
 * whole dollars below ("$500"; "500 dólares").
 */
export function usdFigure(amount: number, locale: string): string {
  if (amount < 1e6) return usdWhole(amount, locale);
  const after = dollarsAfter(locale);
  return after
    ? after(
        numberFormat(locale, { notation: "compact", compactDisplay: "long", maximumSignificantDigits: 3 }).format(
          amount,
        ),
      )
    : numberFormat(locale, { ...USD, notation: "compact", maximumSignificantDigits: 3 }).format(amount);
}
