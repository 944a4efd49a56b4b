import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import type { Frame, Page } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite.ts";
import { serve } from "../helpers/staticServer.mjs";
import { DIST, page as builtPage } from "../helpers/site.ts";
import { chartModules } from "../../src/charts/index.ts";

// The snippets as the hosts educators use would keep them, in pages on another origin that listen the way those hosts
// do. WordPress: the oEmbed code through its attribute allowlist (wp_filter_oembed_result), sandboxed "allow-scripts",
// a #?secret= added, resized only by {message: "height", value, secret} and clamped to 200–1000 px (wp-embed.js).
// Canvas: the embed code through its sanitiser's iframe and style allowlists (canvas_sanitize.rb), scripts dropped,
// resized by lti.frameResize messages from the frame (lti.frameResize.ts). Both listeners are re-implemented here.
const site = browserSuite();
const hostDir = mkdtempSync(join(tmpdir(), "embed-hosts-"));
let host: { url: string; close(): Promise<void> };
beforeAll(async () => {
  host = await serve(hostDir);
});
afterAll(() => host?.close());

const ids = [...chartModules.keys()];
const siteOrigin = new URL(builtPage("/").querySelector('link[rel="canonical"]')!.getAttribute("href")!).origin;
const codeOn = (id: string, selector: string) => builtPage(`/charts/${id}/`).querySelector(selector)!.textContent!;
const oembedHtml = (id: string) => JSON.parse(readFileSync(join(DIST, "oembed", `${id}.json`), "utf8")).html as string;

/**
 * Keeps only the iframe attributes a host's allowlist keeps and, for Canvas, the style declarations of allowed
 * properties whose value calls no CSS function but url() (canvas_sanitize.rb drops the others).
 */
function filterIframe(code: string, attributes: string[], styleProperties?: string[]): HTMLIFrameElement {
  const frame = parseHTML(`<body>${code}</body>`).document.querySelector("iframe")!;
  for (const name of frame.getAttributeNames()) if (!attributes.includes(name)) frame.removeAttribute(name);
  const style = frame.getAttribute("style");
  if (style && styleProperties) {
    const allowed = (declaration: string) => {
      const [property = "", value = ""] = declaration.split(":").map((part) => part.trim().toLowerCase());
      return (
        styleProperties.includes(property) &&
        [...value.matchAll(/([a-z0-9+\-.&;#\s]*?)\(/g)].every((m) => m[1]!.trim() === "url")
      );
    };
    const kept = style
      .split(";")
      .map((d) => d.trim())
      .filter(allowed);
    frame.setAttribute("style", kept.join("; "));
  }
  return frame as unknown as HTMLIFrameElement;
}

const WORDPRESS_IFRAME = ["src", "width", "height", "frameborder", "marginwidth", "marginheight", "scrolling", "title"];
/** What WordPress does to an oEmbed provider's code it does not trust: allowlist, then sandbox and secret. */
function asWordPress(code: string, secret: string): string {
  const frame = filterIframe(code, WORDPRESS_IFRAME);
  frame.setAttribute("src", `${frame.getAttribute("src")}#?secret=${secret}`);
  frame.setAttribute("data-secret", secret);
  frame.setAttribute("class", "wp-embedded-content");
  frame.setAttribute("sandbox", "allow-scripts");
  frame.setAttribute("security", "restricted");
  return frame.outerHTML;
}
/** wp-embed.js's receiver, in short: the frame that echoes its secret is resized (200–1000 px) or, focused, may open a link on its own host. */
const WORDPRESS_LISTENER = `addEventListener("message", (e) => {
  const d = e.data;
  if (!d || !(d.secret || d.message || d.value) || /[^a-zA-Z0-9]/.test(d.secret)) return;
  for (const f of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
    if (e.source !== f.contentWindow) continue;
    f.removeAttribute("style");
    if (d.message === "height") f.height = Math.min(1000, Math.max(200, parseInt(d.value, 10) || 0));
    if (d.message === "link" && new URL(d.value).host === new URL(f.src).host && document.activeElement === f) top.location.href = d.value;
  }
});`;

const CANVAS_IFRAME = [
  "src",
  "width",
  "height",
  "name",
  "align",
  "frameborder",
  "scrolling",
  "sandbox",
  "allow",
  "allowfullscreen",
  "webkitallowfullscreen",
  "mozallowfullscreen",
  "style",
  "class",
  "id",
  "title",
  "role",
];
const CANVAS_STYLE = [
  "background",
  "border",
  "clear",
  "color",
  "cursor",
  "direction",
  "display",
  "float",
  "font",
  "height",
  "left",
  "line-height",
  "list-style",
  "margin",
  "max-height",
  "max-width",
  "min-height",
  "min-width",
  "overflow",
  "padding",
  "position",
  "right",
  "text-align",
  "top",
  "vertical-align",
  "visibility",
  "white-space",
  "width",
  "z-index",
];
/** Canvas's lti.frameResize handler, in short: the frame whose window sent it gets the height, as attribute and style. */
const CANVAS_LISTENER = `addEventListener("message", (e) => {
  let m; try { m = typeof e.data === "string" ? JSON.parse(e.data) : e.data; } catch { return; }
  if (!m || m.subject !== "lti.frameResize") return;
  const f = [...document.querySelectorAll("iframe")].find((f) => f.contentWindow === e.source);
  if (!f) return;
  const h = Number(m.height) <= 0 ? 1 : m.height;
  f.height = typeof h === "number" ? h + "px" : h;
  f.style.height = typeof h === "number" ? h + "px" : h;
});`;

/** Writes a course page around `body` on the host origin and opens it at `width`. */
async function openHost(
  name: string,
  body: string,
  listener: string,
  width: number,
): Promise<{ page: Page; frame: Frame }> {
  writeFileSync(
    join(hostDir, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>Course page</title>
<style>body { margin: 0; padding: 8px; } main { max-width: 100%; }</style></head>
<body><main><h1>Week 3</h1><p>Read the chart below.</p>${body}<p>Questions follow.</p></main><script>${listener}</script></body></html>`,
  );
  const { page } = await site.open("/favicon.svg", { viewport: { width, height: 900 } });
  // The snippets name the site's own address (SITE_URL): the browser gets it from the local build, as if published there.
  await page.context().route(`${siteOrigin}/**`, async (route) => {
    try {
      await route.fulfill({
        response: await route.fetch({ url: route.request().url().replace(siteOrigin, site.origin) }),
      });
    } catch {
      // The test closed its page while this request was in flight: nothing is waiting for the answer.
    }
  });
  await page.goto(`${host.url}${name}.html`, { waitUntil: "load" });
  const frame = (await (await page.locator("iframe").first().elementHandle())!.contentFrame())!;
  await frame.waitForLoadState("load");
  await frame.locator("figure.chart").waitFor();
  return { page, frame };
}

const frameHeight = (page: Page) =>
  page
    .locator("iframe")
    .first()
    .evaluate((el) => el.getBoundingClientRect().height);
const contentHeight = (frame: Frame) =>
  frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
/** Nothing cut off: the frame's document scrolls no further than the frame shows. */
const cutOff = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollHeight - innerHeight);

describe("WordPress: the chart's address pasted on its own line (oEmbed), filtered, sandboxed and resized as WordPress does", () => {
  for (const id of ids) {
    for (const width of [375, 1280]) {
      it(`${id} at ${width} px: the frame is the compact chart's height within 2 px, under WordPress's 1,000 px, nothing cut off`, async () => {
        const { page, frame } = await openHost(
          `wp-${id}-${width}`,
          asWordPress(oembedHtml(id), "Ab3xYz9Q"),
          WORDPRESS_LISTENER,
          width,
        );
        expect(await page.locator("iframe").getAttribute("sandbox")).toBe("allow-scripts");
        await expect
          .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 })
          .toBeLessThanOrEqual(2);
        expect(await contentHeight(frame)).toBeLessThanOrEqual(1000);
        expect(await cutOff(frame)).toBeLessThanOrEqual(1);
        await page.context().close();
      });
    }
  }

  it("a click on the chart's address, which the sandbox cannot open in a new window, asks WordPress to open it in the top window", async () => {
    const { page, frame } = await openHost(
      "wp-link",
      asWordPress(oembedHtml("asylum-claims"), "Ab3xYz9Q"),
      WORDPRESS_LISTENER,
      375,
    );
    await Promise.all([
      page.waitForURL(`${siteOrigin}/charts/asylum-claims/`, { timeout: 5000 }),
      frame.locator(".embed-credit a").click(),
    ]);
    await page.context().close();
  });
});

describe("Canvas: the embed code through Canvas's sanitiser (no scripts, no aspect-ratio), resized by lti.frameResize", () => {
  for (const id of ids) {
    for (const width of [375, 1280]) {
      it(`${id} at ${width} px: the frame is the chart's height within 2 px, nothing cut off`, async () => {
        const code = filterIframe(codeOn(id, "#embed-code"), CANVAS_IFRAME, CANVAS_STYLE).outerHTML;
        expect(code).not.toContain("aspect-ratio");
        const { page, frame } = await openHost(`canvas-${id}-${width}`, code, CANVAS_LISTENER, width);
        await expect
          .poll(async () => Math.abs((await frameHeight(page)) - (await contentHeight(frame))), { timeout: 5000 })
          .toBeLessThanOrEqual(2);
        expect(await cutOff(frame)).toBeLessThanOrEqual(1);
        await page.context().close();
      });
    }
  }
});

describe("a frame sandboxed without allow-popups, outside WordPress", () => {
  const address = (id: string) => `${siteOrigin}/charts/${id}/`.replace(/^https?:\/\//, "");
  it("shows the chart's address as text even with no script at all (sandbox='')", async () => {
    const code = codeOn("asylum-claims", "#embed-code").replace("<iframe ", '<iframe sandbox="" ');
    const { page, frame } = await openHost("sandbox-none", code, "", 375);
    expect(await frame.locator(".embed-credit").textContent()).toContain(address("asylum-claims"));
    await page.context().close();
  });

  it("turns the dead link into its address as text, selected to copy, when the reader clicks it", async () => {
    const code = codeOn("asylum-claims", "#embed-code").replace("<iframe ", '<iframe sandbox="allow-scripts" ');
    const { page, frame } = await openHost("sandbox-scripts", code, "", 375);
    const pages = page.context().pages().length;
    await frame.locator(".embed-credit a").click();
    await expect.poll(() => frame.locator(".embed-credit a").count()).toBe(0);
    expect(await frame.locator(".embed-credit .embed-address").textContent()).toBe(address("asylum-claims"));
    expect(await frame.locator("[data-embed-blocked]").isVisible()).toBe(true);
    expect(await frame.evaluate(() => getSelection()?.toString())).toBe(`${siteOrigin}/charts/asylum-claims/`);
    expect(page.url()).toBe(`${host.url}sandbox-scripts.html`); // the host page stays
    expect(page.context().pages().length).toBe(pages);
    await page.context().close();
  });

  it("in a sandbox that allows popups, the link still opens the chart page in a new window", async () => {
    const code = codeOn("asylum-claims", "#embed-code").replace(
      "<iframe ",
      '<iframe sandbox="allow-scripts allow-popups" ',
    );
    const { page, frame } = await openHost("sandbox-popups", code, "", 375);
    const [popup] = await Promise.all([page.context().waitForEvent("page"), frame.locator(".embed-credit a").click()]);
    await popup.waitForLoadState();
    expect(popup.url()).toBe(`${siteOrigin}/charts/asylum-claims/`);
    expect(await frame.locator(".embed-credit a").count()).toBe(1);
    await page.context().close();
  });
});

describe("fixed-height frames (Google Sites, Notion): the heights a chart page gives", () => {
  for (const id of ids) {
    it(`${id}: in columns of 600, 800 and 1,000 px, the given height shows the whole chart with little to spare`, async () => {
      const fixed = [...builtPage(`/charts/${id}/`).querySelectorAll("#embed-fixed li")].map((li) => ({
        width: Number(li.getAttribute("data-width")),
        height: Number(li.getAttribute("data-height")),
      }));
      expect(fixed.map((f) => f.width)).toEqual([600, 800, 1000]);
      const frames = fixed
        .map(
          (f) =>
            `<iframe src="${siteOrigin}/embed/${id}/" title="Chart" width="${f.width}" height="${f.height}" style="border:0;display:block"></iframe>`,
        )
        .join("");
      const { page } = await openHost(`fixed-${id}`, frames, "", 1100);
      const handles = await page.locator("iframe").elementHandles();
      for (const [i, handle] of handles.entries()) {
        const frame = (await handle.contentFrame())!;
        await frame.locator("figure.chart").waitFor();
        const views = frame.locator(".chart-controls button");
        let tallest = 0;
        for (let v = 0; v < Math.max(1, await views.count()); v++) {
          if ((await views.count()) > 1) await views.nth(v).click();
          const content = await contentHeight(frame);
          expect(content, `${fixed[i]!.width} px column, view ${v + 1}`).toBeLessThanOrEqual(fixed[i]!.height + 1);
          tallest = Math.max(tallest, content);
        }
        expect(fixed[i]!.height - tallest, `${fixed[i]!.width} px: spare height under the tallest view`).toBeLessThan(
          0.2 * fixed[i]!.height,
        );
      }
      await page.context().close();
    });
  }
});
