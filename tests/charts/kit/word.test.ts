import { describe, expect, it } from "vitest";
import { word } from "../../../src/charts/kit/word.ts";
import { chartFormat } from "../../../src/charts/kit/format.ts";
import type { ChartLanguage } from "../../../src/charts/kit/chartModule.ts";

const lang: ChartLanguage = {
  chart: "asylum-claims",
  locale: "en-US",
  format: chartFormat("en-US"),
  words: { "axis-y": "Claims", tip: "{year}: {claims} claims" },
};

describe("word(lang, key, values)", () => {
  it("returns a chart's word with its {placeholders} filled", () => {
    expect(word(lang, "axis-y")).toBe("Claims");
    expect(word(lang, "tip", { year: 2018, claims: "29,583" })).toBe("2018: 29,583 claims");
  });

  it("fails the build naming the chart's file and the missing key, so a translation cannot drop a word", () => {
    expect(() => word(lang, "axis-x")).toThrow(
      'content/charts/asylum-claims.yaml: expected a word "axis-x" under `words`, found none',
    );
  });

  it("fails on a placeholder the chart does not fill, rather than printing it", () => {
    expect(() => word(lang, "tip", { year: 2018 })).toThrow(
      'content/charts/asylum-claims.yaml: word "tip" has a placeholder {claims} the chart does not fill (it fills: year)',
    );
  });
});
