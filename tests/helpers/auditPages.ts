import { describe, expect, it } from "vitest";
import { axeViolations, browserSuite } from "./browserSuite.ts";

/** The four ways a page is read: phone and desktop, light and dark. */
const LOOKS = [
  { width: 375, colorScheme: "light" },
  { width: 1280, colorScheme: "dark" },
  { width: 375, colorScheme: "dark" },
  { width: 1280, colorScheme: "light" },
] as const;

/** A page's template: its path with the language and ids left out ("/es/timeline/x/" → "timeline/*"). */
const templateOf = (path: string) =>
  path
    .split("/")
    .filter(Boolean)
    .filter((s, i) => !(i === 0 && s === "es"))
    .map((s, i) => (i === 0 || s === "compact" ? s : "*"))
    .join("/") || "home";

/**
 * Audits every page of `paths` in Chromium: no axe violation, no request to another origin, no logged error. The first
 * page of each template, and every chapter, is checked in all four looks; every other page in one of them, in turn,
 * so each look still meets pages of every kind while a build of some 300 pages is audited in minutes.
 */
export function auditPages(paths: string[]) {
  const site = browserSuite();
  const seen = new Set<string>();
  describe("every built page", () => {
    paths.forEach((path, i) => {
      const template = templateOf(path);
      const looks = seen.has(template) && template !== "chapters/*" ? [LOOKS[i % LOOKS.length]!] : LOOKS;
      seen.add(template);
      for (const { width, colorScheme } of looks) {
        it(`${path} has no axe violations at ${width} px, ${colorScheme}, requests nothing from another origin, and logs no error`, async () => {
          const { page, requests, errors } = await site.visit(path, { viewport: { width, height: 900 }, colorScheme });
          await page
            .locator("details")
            .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          expect(errors).toEqual([]); // includes Content-Security-Policy refusals, before axe injects its own script
          expect(await axeViolations(page)).toEqual([]);
          expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
        });
      }
    });
  });
}
