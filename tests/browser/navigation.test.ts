import { describe, expect, it } from "vitest";
import { browserSuite } from "../helpers/browserSuite.ts";

const site = browserSuite();

describe("the site header on a 320 px screen", () => {
  for (const path of ["/", "/chapters/mexicos-asylum-system/", "/sources/", "/about/"]) {
    it(`${path}: every header link is visible, inside the screen and big enough to tap, with no sideways scrolling`, async () => {
      const { page } = await site.open(path, { viewport: { width: 320, height: 640 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const boxes = await page
        .locator(".site-header nav a")
        .evaluateAll((links) => links.map((a) => ({ text: a.textContent, ...a.getBoundingClientRect().toJSON() })));
      expect(boxes.map((b) => b.text)).toEqual(expect.arrayContaining(["Chapters", "Sources", "About"]));
      for (const box of boxes) {
        expect(box.left, box.text!).toBeGreaterThanOrEqual(0);
        expect(box.right, box.text!).toBeLessThanOrEqual(320);
        expect(box.height, box.text!).toBeGreaterThanOrEqual(24);
      }
    });
  }
});

describe("the chapter contents list", () => {
  it("takes a reader to another chapter, where that chapter is then marked as current", async () => {
    const { page } = await site.open("/chapters/mexicos-asylum-system/");
    const contents = page.getByRole("navigation", { name: "All chapters" });
    expect(await contents.locator('[aria-current="page"]').textContent()).toBe("Mexico's asylum system");
    await contents.getByRole("link", { name: "The deal" }).click();
    await page.waitForURL(/\/chapters\/the-deal\/$/);
    expect(
      await page.getByRole("navigation", { name: "All chapters" }).locator('[aria-current="page"]').textContent(),
    ).toBe("The deal");
  });
});
