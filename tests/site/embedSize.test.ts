import { describe, expect, it } from "vitest";
import { embedFallback, embedFallbackOnce } from "../../src/site/embedSize.ts";
import { WIDE_FROM } from "../../src/config.ts";

describe("embedFallbackOnce(model, heightAt)", () => {
  it("estimates a chart's embed at every width once: a second page asking for the same model estimates nothing", () => {
    let estimates = 0;
    const heightAt = (width: number) => (estimates++, width < 564 ? 900 : width * 0.6 + 200);
    const model = {};
    const first = embedFallbackOnce(model, heightAt);
    const counted = estimates;
    expect(embedFallbackOnce(model, heightAt)).toBe(first);
    expect(estimates).toBe(counted);
    expect(first).toEqual(embedFallback(heightAt));
    embedFallbackOnce({}, heightAt); // another chart or language: its own estimate
    expect(estimates).toBe(counted * 3);
  });

  it("covers narrow frames, those that show the narrow rendering below WIDE_FROM plus the page's padding, by the minimum height", () => {
    const heightAt = (width: number) => (width - 24 < WIDE_FROM ? 1000 : 500);
    expect(embedFallback(heightAt).minHeight).toBe(1000);
  });
});
