import { describe, expect, it } from "vitest";
import { axeViolations, browserSuite } from "../helpers/browserSuite.ts";
import { pages } from "../helpers/site.ts";

const site = browserSuite();

describe("every built page", () => {
  for (const path of pages()) {
    for (const width of [375, 1280]) {
      for (const colorScheme of ["light", "dark"] as const) {
        it(`${path} has no axe violations at ${width} px, ${colorScheme}, requests nothing from another origin, and logs no error`, async () => {
          const { page, requests, errors } = await site.open(path, { viewport: { width, height: 900 }, colorScheme });
          await page
            .locator("details")
            .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
          expect(errors).toEqual([]); // includes Content-Security-Policy refusals, before axe injects its own script
          expect(await axeViolations(page)).toEqual([]);
          expect(requests.filter((url) => !url.startsWith(site.origin))).toEqual([]);
        });
      }
    }
  }
});
