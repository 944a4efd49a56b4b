import { describe, expect, it } from "vitest";
import * as Plot from "@observablehq/plot";
import { DOMParser } from "linkedom";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { rasterise } from "../../src/render/rasterise.ts";

const bars = (label: string) => ({
  width: 300,
  height: 120,
  marks: [Plot.barY([{ x: label, y: 3 }], { x: "x", y: "y", title: "x" })],
});

describe("renderSvg", () => {
  it("names a chart whose title holds & and < as text: the SVG is well-formed and rasterises", () => {
    const title = "Claims & appeals: <5 % granted";
    const description = `A "quoted" </title><script>alert(1)</script> description`;
    const svg = renderSvg(bars("A & B"), { idPrefix: "t", title, description });
    const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
    expect(doc.querySelector("#t-title")!.textContent).toBe(title);
    expect(doc.querySelector("#t-desc")!.textContent).toBe(description);
    expect(doc.querySelector("script")).toBeNull();
    expect(svg).not.toContain("<script");
    expect(() => rasterise(svg.replace("<svg", '<svg xmlns="http://www.w3.org/2000/svg"'), 300)).not.toThrow();
  });

  it("puts the name and description first, labelling the SVG", () => {
    const svg = renderSvg(bars("A"), { idPrefix: "c", title: "T", description: "D" });
    expect(svg).toMatch(
      /^<svg\b[^>]*aria-labelledby="c-title"[^>]*><title id="c-title">T<\/title><desc id="c-desc">D<\/desc>/,
    );
  });
});
