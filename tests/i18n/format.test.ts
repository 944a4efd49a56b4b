import { describe, expect, it } from "vitest";
import { numberFormat, usdInWords, USD } from "../../src/i18n/format.ts";
import { formatValue } from "../../src/i18n/formatValue.ts";

describe("numberFormat(locale, options)", () => {
  it("builds one formatter per locale and options, however the options object is made", () => {
    expect(numberFormat("en-US", { maximumFractionDigits: 0 })).toBe(
      numberFormat("en-US", { maximumFractionDigits: 0 }),
    );
    expect(numberFormat("en-US", { maximumFractionDigits: 0 })).not.toBe(
      numberFormat("es-MX", { maximumFractionDigits: 0 }),
    );
  });
});

describe("US dollars", () => {
  it("are named by Intl's currency symbol: '$' only where the dollar is the reader's own currency", () => {
    expect(numberFormat("en-US", { ...USD, maximumFractionDigits: 0 }).format(500)).toBe("$500");
    expect(numberFormat("es-MX", { ...USD, maximumFractionDigits: 0 }).format(500)).toBe("USD\u00a0500"); // Intl keeps the code and the amount together
    expect(numberFormat("en-CA", { ...USD, maximumFractionDigits: 0 }).format(500)).toBe("US$500");
  });

  it("in words: Intl's name and place in English, '$2.5 billion'; Spanish names them after the amount, '20 millones de dólares'", () => {
    expect(usdInWords(2.5e9, "en-US")).toBe("$2.5 billion");
    expect(usdInWords(2e7, "es-MX")).toBe("20 millones de dólares");
    expect(usdInWords(2.5e9, "es-MX")).toBe("2.5 mil millones de dólares");
    expect(usdInWords(5e5, "es-MX")).toBe("500 mil dólares");
  });

  it("in key facts follow the same rule, with no '$' in Spanish", () => {
    expect([formatValue(2e7, "usd", "en-US"), formatValue(1176, "usd", "en-US")]).toEqual(["$20M", "$1,176"]);
    expect([
      formatValue(2e7, "usd", "es-MX"),
      formatValue(2.5e9, "usd", "es-MX"),
      formatValue(1176, "usd", "es-MX"),
    ]).toEqual(["20 millones de dólares", "2.5 mil millones de dólares", "1,176 dólares"]);
  });
});
