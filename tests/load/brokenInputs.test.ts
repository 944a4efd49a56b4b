import { describe, expect, it } from "vitest";
import { cpSync, existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadContent } from "../../src/load/loadContent.ts";
import { loadUiStrings } from "../../src/load/loadUiStrings.ts";
import { fixtureWith } from "../helpers/fixture.ts";

// The corpus of broken inputs (issue 11): each folder of tests/fixtures/broken/ holds files that replace or join the
// valid fixture content (tests/fixtures/content/) and, in expected.txt, the exact message the build must stop with:
// the file, the line or field, what was expected and what was found.
const CORPUS = new URL("../fixtures/broken", import.meta.url).pathname;
/** The build's day in these tests: an event after it is in the future. */
const TODAY = "2026-12-01";

/** Loads the fixture content with one case's files laid over it, as `astro build` would; returns the error's message. */
function failureOf(name: string): string {
  const dir = fixtureWith();
  cpSync(join(CORPUS, name), dir, { recursive: true, filter: (path) => !path.endsWith("expected.txt") });
  try {
    loadContent(dir, "content", TODAY);
    if (existsSync(join(dir, "ui")))
      for (const file of readdirSync(join(dir, "ui"))) loadUiStrings(join(dir, "ui", file), `content/ui/${file}`);
  } catch (error) {
    return (error as Error).message;
  }
  return "(no error: the build went on)";
}

describe("every broken input stops the build with file, line or field, expected and found", () => {
  it("loads the valid fixture content without an error", () => {
    expect(() => loadContent(fixtureWith(), "content", TODAY)).not.toThrow();
  });

  it.each(readdirSync(CORPUS).sort())("%s", (name) => {
    expect(failureOf(name)).toBe(readFileSync(join(CORPUS, name, "expected.txt"), "utf8").trim());
  });
});
