import { describe, expect, it } from "vitest";
import { browserSuite } from "../helpers/browserSuite.ts";

const site = browserSuite();
const CHART = "/charts/asylum-claims/";
const clipboard = { permissions: ["clipboard-read", "clipboard-write"] };

describe("the share control", () => {
  it("on a chart page, copies the page's link and says so", async () => {
    const { page } = await site.open(CHART, clipboard);
    const share = page.locator("share-links");
    await share.getByRole("button", { name: "Copy link" }).click();
    await expect.poll(() => share.getByRole("status").textContent()).toBe("Link copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator('link[rel="canonical"]').getAttribute("href"),
    );
  });

  it("offers the Web Share API where the browser has it, and hides the button where it does not", async () => {
    const without = await site.open(CHART);
    const hasShare = await without.page.evaluate(() => typeof navigator.share === "function");
    expect(await without.page.getByRole("button", { name: "Share…" }).isVisible()).toBe(hasShare);

    const { page } = await site.open("/favicon.svg");
    await page.addInitScript(() => {
      (navigator as unknown as { share: (data: unknown) => Promise<void> }).share = async (data) =>
        void ((window as unknown as { shared: unknown }).shared = data);
    });
    await page.goto(page.url().replace("favicon.svg", CHART.slice(1)));
    await page.getByRole("button", { name: "Share…" }).click();
    expect(await page.evaluate(() => (window as unknown as { shared: { url: string } }).shared.url)).toMatch(
      /\/charts\/asylum-claims\/$/,
    );
  });

  it("on a page without a chart, works as plain links and a visible address, with no script at all", async () => {
    const { page, requests } = await site.open("/facts/survey-not-told-share/");
    expect(requests.filter((url) => url.endsWith(".js"))).toEqual([]);
    const share = page.locator("share-links");
    expect(await share.getByRole("button").count()).toBe(0); // hidden buttons are not in the accessibility tree
    for (const name of ["X", "Bluesky", "Mastodon", "Facebook", "WhatsApp", "Email"])
      expect(await share.getByRole("link", { name: new RegExp(`^${name}`) }).isVisible(), name).toBe(true);
    expect(await share.getByRole("textbox", { name: /^Link to this page/ }).inputValue()).toMatch(
      /\/facts\/survey-not-told-share\/$/,
    );
  });
});

describe("the Embed and Cite panels", () => {
  it("copy the embed code exactly as shown", async () => {
    const { page } = await site.open(CHART, clipboard);
    const block = page.locator("copy-block").filter({ has: page.locator("#embed-code") });
    await block.getByRole("button", { name: "Copy" }).click();
    await expect.poll(() => block.getByRole("status").textContent()).toBe("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await page.locator("#embed-code").textContent(),
    );
  });

  it("fill the citations' access date with today's date, and drop the note asking the reader to", async () => {
    const { page } = await site.open(CHART);
    const today = await page.evaluate(() => new Date());
    const long = new Intl.DateTimeFormat("en", { year: "numeric", month: "long", day: "numeric" }).format(today);
    expect(await page.locator("#cite-apa time[data-access-date]").textContent()).toBe(long);
    expect(await page.locator("#cite-apa").textContent()).toContain(`Retrieved ${long}, from `);
    expect(await page.locator("#cite-bibtex [data-access-date]").first().textContent()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await page.locator("[data-access-note]").isVisible()).toBe(false);
  });

  it("keep a placeholder and the note with JavaScript off", async () => {
    const { page } = await site.open(CHART, { javaScriptEnabled: false });
    expect(await page.locator("#cite-apa").textContent()).toContain("Retrieved [date you accessed it], from ");
    expect(await page.locator("[data-access-note]").isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Copy" }).count()).toBe(0);
  });
});
