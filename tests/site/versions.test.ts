import { describe, expect, it } from "vitest";
import { contentHash, lastChanged, versionOf } from "../../src/site/versions.ts";
import type { Update } from "../../src/schemas/update.ts";

describe("contentHash(inputs)", () => {
  it("is 7 hex digits that do not depend on the order keys were written in", () => {
    expect(contentHash({ a: 1, b: { c: [1, 2], d: "x" } })).toMatch(/^[0-9a-f]{7}$/);
    expect(contentHash({ b: { d: "x", c: [1, 2] }, a: 1 })).toBe(contentHash({ a: 1, b: { c: [1, 2], d: "x" } }));
  });
  it("changes when any figure or word changes, and when rows change order", () => {
    const base = contentHash({
      rows: [
        { year: 2017, claims: 14596 },
        { year: 2018, claims: 29631 },
      ],
    });
    expect(
      contentHash({
        rows: [
          { year: 2017, claims: 14597 },
          { year: 2018, claims: 29631 },
        ],
      }),
    ).not.toBe(base);
    expect(
      contentHash({
        rows: [
          { year: 2018, claims: 29631 },
          { year: 2017, claims: 14596 },
        ],
      }),
    ).not.toBe(base);
  });
});

describe("lastChanged(updates, refs)", () => {
  const update = (id: string, date: string, links: Update["links"]): Update => ({
    id,
    date,
    kind: "new-data",
    title: id,
    summary: id,
    links,
  });
  const updates = [
    update("a", "2026-11-22", [{ dataset: "d" }]),
    update("b", "2026-12-01", [{ chart: "c" }]),
    update("z", "2026-12-05", [{ chapter: "x" }]),
  ];
  it("is the latest date of the updates that name any of the refs", () => {
    expect(lastChanged(updates, [{ chart: "c" }, { dataset: "d" }])).toBe("2026-12-01");
    expect(lastChanged(updates, [{ dataset: "d" }])).toBe("2026-11-22");
  });
  it("is undefined when no update names them (the caller falls back to the chapters' dates)", () => {
    expect(lastChanged(updates, [{ chart: "other" }])).toBeUndefined();
  });
});

describe("versionOf(date, inputs)", () => {
  it("joins the date and the hash into the id citations print", () => {
    const v = versionOf("2026-12-01", { a: 1 });
    expect(v.id).toBe(`2026-12-01-${v.hash}`);
  });
});
