import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadUpdates, type UpdateRefs } from "../../src/load/loadUpdates.ts";

const known: UpdateRefs = {
  chapter: new Set(["the-deal"]),
  chart: new Set(["asylum-claims"]),
  dataset: new Set(["asylum-claims"]),
  correction: new Set(["pence-date"]),
  event: new Set(["mpp-announced"]),
};
const dir = mkdtempSync(join(tmpdir(), "updates-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** Loads `yaml` as content/updates.yaml. */
const load = (yaml: string) => {
  const path = join(dir, `${Math.random().toString(36).slice(2)}.yaml`);
  writeFileSync(path, yaml);
  return loadUpdates(path, "content/updates.yaml", known);
};
const entry = (id: string, date: string, link = "chart: asylum-claims") => `- id: ${id}
  date: ${date}
  kind: new-data
  title: Title ${id}
  summary: What changed.
  links:
    - ${link}
`;

describe("loadUpdates(path, label, known)", () => {
  it("reads every entry, newest first, and keeps file order within a day", () => {
    const updates = load(entry("old", "2026-11-22") + entry("first", "2026-12-01") + entry("second", "2026-12-01"));
    expect(updates.map((u) => u.id)).toEqual(["first", "second", "old"]);
    expect(updates[0]).toMatchObject({ date: "2026-12-01", kind: "new-data", links: [{ chart: "asylum-claims" }] });
  });

  it("is empty when the file is missing", () => {
    expect(loadUpdates(join(dir, "none.yaml"), "content/updates.yaml", known)).toEqual([]);
  });

  it("fails at the link's line when it names something that does not exist", () => {
    expect(() => load(entry("a", "2026-12-01") + entry("b", "2026-12-01", "correction: pence-dates"))).toThrow(
      'content/updates.yaml:14: update "b", field "links[0].correction": expected a correction id from content/corrections.yaml, found "pence-dates"',
    );
  });

  it("fails on a repeated id, a date without its day and a link that names two things", () => {
    expect(() => load(entry("a", "2026-12-01") + entry("a", "2026-12-02"))).toThrow(
      /content\/updates.yaml:8: expected a unique update id, found "a" again \(first at line 1\)/,
    );
    expect(() => load(entry("a", "2026-12"))).toThrow(
      /content\/updates.yaml:2: field "\[0\].date": expected a full date written YYYY-MM-DD, found "2026-12"/,
    );
    expect(() => load(entry("a", "2026-12-01", "{ chart: asylum-claims, dataset: asylum-claims }"))).toThrow(
      /expected exactly one of chapter, chart, dataset, correction or event/,
    );
  });
});
