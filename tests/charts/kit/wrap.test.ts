import { describe, expect, it } from "vitest";
import { wrap } from "../../../src/charts/kit/wrap.ts";

describe("wrap(text, width, fontSize)", () => {
  it("breaks between words so no line is longer than the width allows, and loses no word", () => {
    const text = "Amnesty, citing UNHCR and MSF: up to 50% of more than 500K → 250K";
    const lines = wrap(text, 296, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= Math.floor(296 / (13 * 0.55)))).toBe(true);
    expect(lines.join(" ")).toBe(text);
  });

  it("keeps a short text on one line", () => {
    expect(wrap("Asylum claims", 296, 13)).toEqual(["Asylum claims"]);
  });
});
