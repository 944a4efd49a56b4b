import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite.ts";
import { serve } from "../helpers/staticServer.mjs";
import { page as builtPage } from "../helpers/site.ts";
import { chartModules } from "../../src/charts/index.ts";

// A reader's own page on another origin (a second local server) embeds each chart with the snippet from its chart page.
const site = browserSuite();
const hostDir = mkdtempSync(join(tmpdir(), "embed-host-"));
let host: { url: string; close(): Promise<void> };
beforeAll(async () => {
  host = await serve(hostDir);
});
afterAll(async () => {
  await host?.close();
  rmSync(hostDir, { recursive: true, force: true });
});

const ids = [...chartModules.keys()];
const siteOrigin = new URL(builtPage("/").querySelector('link[rel="canonical"]')!.getAttribute("href")!).origin;
/** The code a chart page offers, in its language ("" English, "/es" Spanish), pointed at the local build. */
const snippet = (id: string, selector: string, prefix = "") =>
  builtPage(`${prefix}/charts/${id}/`).querySelector(selector)!.textContent!.replaceAll(siteOrigin, site.origin);

type Variant = "script" | "no-script" | "sandboxed";
/** Writes a plain host page around the pasted snippet and opens it at `width`. */
async function openHost(
  id: string,
  variant: Variant,
  width: number,
  prefix = "",
): Promise<{ page: Page; frame: Frame }> {
  let iframe = snippet(id, "#embed-code", prefix);
  if (variant === "sandboxed") iframe = iframe.replace("<iframe ", '<iframe sandbox="allow-scripts allow-popups" ');
  const script = variant === "no-script" ? "" : snippet(id, "#embed-script", prefix);
  const file = `${id}-${variant}${prefix.replace("/", "-")}.html`;
  writeFileSync(
    join(hostDir, file),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Course page</title></head>
<body><h1>Week 3: asylum in Mexico</h1><p>Read the chart below.</p>${iframe}\n${script}<p>Questions follow.</p>
<script>window.messagesFromFrame = []; addEventListener("message", (e) => messagesFromFrame.push(e.data));</script></body></html>`,
  );
  const { page } = await site.open("/favicon.svg", { viewport: { width, height: 900 } });
  await page.goto(`${host.url}${file}`, { waitUntil: "load" });
  const handle = await page.locator("iframe").elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.waitForLoadState("load");
  await frame.locator("figure.chart").waitFor();
  return { page, frame };
}

const frameHeight = (page: Page) => page.locator("iframe").evaluate((el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) => frame.evaluate(() => document.documentElement.getBoundingClientRect().height);
const viewButtons = (frame: Frame) => frame.locator(".chart-controls button");

describe("a chart embedded in a page on another origin", () => {
  for (const id of ids) {
    for (const width of [375, 1280]) {
      it(`${id} at ${width} px, with the host script: the frame is as tall as the chart, within 2 px, also after a view switch`, async () => {
        const { page, frame } = await openHost(id, "script", width);
        await expect
          .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 })
          .toBeLessThanOrEqual(2);
        const buttons = viewButtons(frame);
        if ((await buttons.count()) > 1) {
          await buttons.last().click();
          await expect
            .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 })
            .toBeLessThanOrEqual(2);
        }
        await page.context().close();
      });

      it(`${id} at ${width} px, sandboxed (allow-scripts allow-popups): still sized exactly, with tooltips and view switch working`, async () => {
        const { page, frame } = await openHost(id, "sandboxed", width);
        await expect
          .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 })
          .toBeLessThanOrEqual(2);
        expect(await frame.evaluate(() => customElements.get("chart-figure") !== undefined)).toBe(true);
        expect(await frame.locator("figure.chart [data-tip]").count()).toBeGreaterThan(0); // marks enhanced: tooltips
        await page.context().close();
      });
    }

    for (const [width, prefix] of [
      [320, ""],
      [375, ""],
      [1280, ""],
      [320, "/es"], // Spanish words run longer: its fallback sizes are its own
    ] as const) {
      it(`${prefix}${id} at ${width} px, without the host script: the fallback size shows the whole chart in every view`, async () => {
        const { page, frame } = await openHost(id, "no-script", width, prefix);
        if (prefix) expect(await frame.evaluate(() => document.documentElement.lang)).toBe("es-MX");
        const buttons = viewButtons(frame);
        const views = Math.max(1, await buttons.count());
        for (let i = 0; i < views; i++) {
          if (views > 1) await buttons.nth(i).click();
          const [outer, inner] = [await frameHeight(page), await contentHeight(frame)];
          expect(inner, `view ${i + 1}: content ${inner} px in a ${outer} px frame`).toBeLessThanOrEqual(outer + 1);
          expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(true);
        }
        await page.context().close();
      });
    }
  }
});

describe("the embed's messages", () => {
  it("posts its height in the Canvas/Sakai, Datawrapper and pym.js formats", async () => {
    const { page } = await openHost("asylum-claims", "no-script", 375);
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { messagesFromFrame: unknown[] }).messagesFromFrame.length))
      .toBeGreaterThanOrEqual(3);
    const messages = await page.evaluate(() =>
      (window as unknown as { messagesFromFrame: unknown[] }).messagesFromFrame.slice(0, 3),
    );
    expect(JSON.parse(messages[0] as string)).toMatchObject({ subject: "lti.frameResize", height: expect.any(Number) });
    expect(messages[1]).toEqual({ "datawrapper-height": { "asylum-claims": expect.any(Number) } });
    expect(messages[2]).toMatch(/^pymxPYMxasylum-claimsxPYMxheightxPYMx\d+$/);
    await page.context().close();
  });

  it("answers a height request, and ignores every message it does not expect", async () => {
    const { page } = await openHost("asylum-claims", "no-script", 375);
    await page.waitForTimeout(500);
    const count = () =>
      page.evaluate(() => (window as unknown as { messagesFromFrame: unknown[] }).messagesFromFrame.length);
    const before = await count();
    await page.evaluate(() => {
      const frame = document.querySelector("iframe")!.contentWindow!;
      for (const message of [
        "hello",
        { subject: "lti.frameResize", height: 10 },
        "pymxPYMxotherxPYMxwidthxPYMx300",
        { "datawrapper-height": {} },
      ])
        frame.postMessage(message, "*");
    });
    await page.waitForTimeout(500);
    expect(await count()).toBe(before);
    await page.evaluate(() =>
      document.querySelector("iframe")!.contentWindow!.postMessage("safe-third-country:height?", "*"),
    );
    await expect.poll(count).toBe(before + 3);
    await page.context().close();
  });

  it("the host script resizes only its own frames: a height message from anything else is ignored", async () => {
    const { page } = await openHost("asylum-claims", "script", 375);
    await expect.poll(() => page.locator("iframe").evaluate((el) => (el as HTMLElement).style.height)).toMatch(/px$/);
    const height = await frameHeight(page);
    await page.evaluate(() => window.postMessage(JSON.stringify({ subject: "lti.frameResize", height: 60 }), "*"));
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(height);
    await page.context().close();
  });
});

describe("the embed page on its own", () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  it("follows the reader's system theme, and ?theme=light|dark overrides it", async () => {
    const dark = await site.open("/embed/asylum-claims/", { colorScheme: "dark" });
    const darkBg = await background(dark.page);
    const light = await site.open("/embed/asylum-claims/", { colorScheme: "light" });
    const lightBg = await background(light.page);
    expect(darkBg).not.toBe(lightBg);
    const forcedDark = await site.open("/embed/asylum-claims/?theme=dark", { colorScheme: "light" });
    expect(await background(forcedDark.page)).toBe(darkBg);
    const forcedLight = await site.open("/embed/asylum-claims/?theme=light", { colorScheme: "dark" });
    expect(await background(forcedLight.page)).toBe(lightBg);
  });

  it("reads the same with JavaScript off: the chart, its title, sources and the link back", async () => {
    const { page } = await site.open("/embed/asylum-claims/", {
      javaScriptEnabled: false,
      viewport: { width: 320, height: 800 },
    });
    expect(await page.locator("figure.chart :is(.chart-narrow, .chart-wide) > svg:visible").count()).toBe(1); // the chart, not the legend's swatches
    expect(await page.locator(".chart-title").isVisible()).toBe(true);
    expect(await page.locator(".chart-foot a").first().isVisible()).toBe(true);
    expect(await page.locator(".embed-credit a").isVisible()).toBe(true);
  });
});
