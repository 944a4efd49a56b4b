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

describe("the site header on a wide screen", () => {
  for (const [path, width] of [
    ["/", 1280],
    ["/es/", 1280],
    ["/es/chapters/the-deal/", 768],
  ] as const) {
    it(`${path} at ${width} px: the title on a line of its own, every other link together on the next`, async () => {
      const { page } = await site.open(path, { viewport: { width, height: 800 } });
      const rows = await page
        .locator(".site-header nav a")
        .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
      const [title, ...links] = rows;
      expect(links.length).toBeGreaterThanOrEqual(6); // five sections and the other language
      expect(new Set(links).size, `link tops ${links.join(", ")}`).toBe(1);
      expect(links[0]!).toBeGreaterThan(title!);
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
