import { describe, expect, it } from "vitest";
import { formatValue } from "../../src/i18n/formatValue.ts";
import { formatDate } from "../../src/i18n/formatDate.ts";
import { fill, useTranslations } from "../../src/i18n/translations.ts";
import { paths } from "../../src/i18n/paths.ts";
import { perLanguage, routeLang } from "../../src/i18n/lang.ts";
import { href } from "../../src/i18n/url.ts";
import { readingTime } from "../../src/site/readingTime.ts";
import { factIdsIn } from "../../src/load/factIdsIn.ts";

describe("formatValue(value, format, locale)", () => {
  it("prints integers with the locale's separators", () => {
    expect(formatValue(14596, "integer", "en-US")).toBe("14,596");
    expect(formatValue(14596, "integer", "es-MX")).toBe("14,596");
    expect(formatValue(14596, "integer", "de-DE")).toBe("14.596");
  });
  it("prints shares as whole percentages and ratios to one decimal below ten", () => {
    expect(formatValue(0.6609, "percent", "en-US")).toBe("66%");
    expect(formatValue(2.04, "ratio", "en-US")).toBe("2");
    expect(formatValue(2.46, "ratio", "en-US")).toBe("2.5");
    expect(formatValue(108.58, "ratio", "en-US")).toBe("109");
  });
  it("prints dollars, compact from a million", () => {
    expect(formatValue(1176, "usd", "en-US")).toBe("$1,176");
    expect(formatValue(20_000_000, "usd", "en-US")).toBe("$20M");
  });
});

describe("formatDate(iso, locale)", () => {
  it("prints a date at its own precision, in UTC whatever the machine's zone", () => {
    expect(formatDate("2018", "en-US")).toBe("2018");
    expect(formatDate("2023-01", "en-US")).toBe("Jan 2023");
    expect(formatDate("2018-08-28", "en-US")).toBe("Aug 28, 2018");
    expect(formatDate("2018-01-01", "en-US", "long")).toBe("January 1, 2018");
  });
  it("fails on a date it cannot read", () => {
    expect(() => formatDate("soon", "en-US")).toThrow('formatDate: expected YYYY, YYYY-MM or YYYY-MM-DD, found "soon"');
  });
});

describe("useTranslations(lang)(key, values) and fill(template, values)", () => {
  it("fills placeholders from content/ui/en.json", () => {
    expect(useTranslations("en")("chapter.readingTime", { minutes: 4 })).toBe("4 min read");
  });
  it("leaves unknown placeholders visible so a review catches them", () => {
    expect(fill("{a} and {b}", { a: 1 })).toBe("1 and {b}");
  });
});

describe("the language comes from the route", () => {
  it("serves the default language at the root, with no lang parameter and no prefix, and Spanish under /es/", () => {
    expect(perLanguage()).toEqual([
      { params: { lang: undefined }, props: { lang: "en" }, cacheKey: expect.any(String) },
      { params: { lang: "es" }, props: { lang: "es" }, cacheKey: expect.any(String) },
    ]);
    expect(routeLang({ params: {} })).toBe("en");
    expect(routeLang({ params: { lang: "es" } })).toBe("es");
    expect(paths.chapter("the-deal", "en")).toBe("/chapters/the-deal/");
    expect(paths.chapter("the-deal", "es")).toBe("/es/chapters/the-deal/");
    expect(paths.dataFile("x", "csv", "en")).toBe("/data/x.csv");
    expect(paths.dataFile("x", "csv", "es")).toBe("/es/data/x.csv");
  });
  it("gives each page's own params their language", () => {
    expect(perLanguage(() => [{ params: { id: "a" } }])).toEqual([
      { params: { id: "a", lang: undefined }, props: { lang: "en" }, cacheKey: expect.any(String) },
      { params: { id: "a", lang: "es" }, props: { lang: "es" }, cacheKey: expect.any(String) },
    ]);
  });
  it("refuses a route in a language the site is not built in", () => {
    expect(() => routeLang({ params: { lang: "xx" } })).toThrow(
      'route: expected a language of the site (en, es), found "xx"',
    );
  });
});

describe("href(path, base)", () => {
  it("prefixes site paths with the base, keeping the trailing slash", () => {
    expect(href("/chapters/x/", "/")).toBe("/chapters/x/");
    expect(href("/chapters/x/", "/some/path/")).toBe("/some/path/chapters/x/");
    expect(href("/", "/some/path")).toBe("/some/path/");
  });
  it("passes fragments and external URLs through", () => {
    expect(href("#fact-a", "/b/")).toBe("#fact-a");
    expect(href("https://example.org/", "/b/")).toBe("https://example.org/");
  });
});

describe("readingTime(text) and factIdsIn(body)", () => {
  it("counts words, not markup, at 220 a minute and at least one minute", () => {
    expect(readingTime("word ".repeat(660))).toBe(3);
    expect(readingTime('<Chart id="x" />')).toBe(1);
  });
  it("lists fact ids in order of first use without repeats", () => {
    expect(factIdsIn('<Fact id="b" /> and <Fact id="a"/> then <Fact id="b" />')).toEqual(["b", "a"]);
  });
});
