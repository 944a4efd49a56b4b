import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { serve } from "../helpers/staticServer.mjs";
import { launch } from "../helpers/browser.mjs";
import { DIST, pages } from "../helpers/site.ts";
import { searchCost } from "../helpers/searchCost.ts";
import { enhanced } from "../helpers/browserSuite.ts";

// The build served twice: with its _headers applied (as Netlify or Cloudflare Pages send them) and with none (GitHub
// Pages), so search is shown to work under the header policy and under the meta policy alone.
const servers: Record<"headers" | "plain", { url: string; close(): Promise<void> }> = {} as never;
let browser: Browser;
beforeAll(async () => {
  servers.headers = await serve(DIST);
  servers.plain = await serve(DIST, "/", { headers: false });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((s) => s?.close()));
});

/** Opens a path in a fresh context; collects every error the page logs (script errors, CSP refusals) and every request. */
async function open(server: keyof typeof servers, path: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on("console", (m) => m.type() !== "log" && m.type() !== "info" && errors.push(`${m.type()}: ${m.text()}`));
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("request", (r) => requests.push(r.url()));
  const response = await page.goto(servers[server].url + path.replace(/^\//, ""), { waitUntil: "load" });
  if (options.javaScriptEnabled !== false) await enhanced(page);
  return { page, errors, requests, response: response!, close: () => context.close() };
}

/** The site paths of the results on screen, once the status line has announced them. */
async function resultPaths(page: Page): Promise<string[]> {
  await page.locator(".search-result").first().waitFor();
  return page
    .locator(".search-result-title a")
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

// "Mérida" is named by the chapter on paying for enforcement, by the Mérida funding chart and by timeline events.
const QUERY = "Mérida";

describe("search on /search/", () => {
  for (const server of ["headers", "plain"] as const) {
    it(`${server === "headers" ? "under the _headers policy" : "with no headers (meta CSP only)"}: a query finds the chapter, the chart and the events that mention it, with no error or CSP refusal`, async () => {
      const { page, errors, requests, response, close } = await open(server, "/search/");
      if (server === "headers")
        expect(response.headers()["content-security-policy"]).toContain("frame-ancestors 'self'");
      else expect(response.headers()["content-security-policy"]).toBeUndefined();
      await page.getByRole("searchbox", { name: "Search the site" }).fill(QUERY);
      const paths = await resultPaths(page);
      expect(paths).toContain("/chapters/paying-for-enforcement/");
      expect(paths).toContain("/charts/merida-funding/");
      expect(paths.filter((p) => p.startsWith("/timeline/")).length).toBeGreaterThanOrEqual(1);
      await expect.poll(() => page.locator(".search-status").textContent()).toMatch(/^\d+ results for “Mérida”$/);
      expect(await page.locator(".search-excerpt mark").count()).toBeGreaterThan(0);
      // Grouped by kind in reading order, so a long chapter is not buried under short source entries.
      expect((await page.locator(".search-group h2").allTextContents()).slice(0, 4)).toEqual([
        "Chapters",
        "Charts",
        "Key figures",
        "Timeline events",
      ]);
      expect(requests.filter((url) => !url.startsWith(servers[server].url))).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    });
  }

  it("filters by kind, and records the query and kind in the address so a reload or a shared link shows the same", async () => {
    const { page, errors, close } = await open("headers", "/search/");
    await page.getByRole("searchbox", { name: "Search the site" }).fill(QUERY);
    await resultPaths(page);
    await page.getByRole("radio", { name: "Charts" }).check();
    await expect.poll(async () => (await resultPaths(page)).every((p) => p.startsWith("/charts/"))).toBe(true);
    expect(await page.locator(".search-group h2").allTextContents()).toEqual(["Charts"]);
    expect(new URL(page.url()).search).toBe(`?q=${encodeURIComponent(QUERY)}&type=chart`);
    await page.reload({ waitUntil: "load" });
    await enhanced(page); // the query is read from the address by the search script, after the first paint
    expect(await page.getByRole("searchbox", { name: "Search the site" }).inputValue()).toBe(QUERY);
    expect(await page.getByRole("radio", { name: "Charts" }).isChecked()).toBe(true);
    expect(await resultPaths(page)).toContain("/charts/merida-funding/");
    expect(errors).toEqual([]);
    await close();
  });

  it("a group's 'Show all' button shows that kind alone, every result of it", async () => {
    const { page, errors, close } = await open("headers", `/search/?q=${encodeURIComponent(QUERY)}`);
    const sources = page.getByRole("region", { name: "Sources" });
    const button = sources.getByRole("button", { name: /^Show all \d+$/ });
    const total = Number((await button.textContent())!.match(/\d+/)![0]);
    await expect.poll(() => sources.locator(".search-result").count()).toBe(3);
    await button.click();
    await expect.poll(() => page.locator(".search-result").count()).toBe(Math.min(total, 10));
    expect(await page.getByRole("radio", { name: "Sources" }).isChecked()).toBe(true);
    expect((await resultPaths(page)).every((p) => p === "/sources/")).toBe(true); // each a source or correction at /sources/#…
    expect(await page.locator(".search-result-title a").first().getAttribute("href")).toMatch(
      /^\/sources\/#(source|correction)-/,
    );
    expect(errors).toEqual([]);
    await close();
  });

  it("the header's form on a page without JavaScript leads to the results", async () => {
    const { page, requests, errors, close } = await open("headers", "/about/");
    expect(requests.filter((url) => url.endsWith(".js"))).toEqual([]); // the form itself ships no script
    const header = page.getByRole("search", { name: "Search the site" });
    await header.getByRole("searchbox").fill("refoulement");
    await header.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\/\?q=refoulement$/);
    expect((await resultPaths(page)).length).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await close();
  });

  it("loads nothing of Pagefind until the search box gets focus", async () => {
    const { page, requests, close } = await open("headers", "/search/");
    await page.waitForLoadState("networkidle");
    expect(requests.filter((url) => url.includes("/pagefind/"))).toEqual([]);
    await page.getByRole("searchbox", { name: "Search the site" }).focus();
    await expect.poll(() => requests.some((url) => url.endsWith("/pagefind/pagefind.js"))).toBe(true);
    await close();
  });

  it("with JavaScript off, lists every chapter, chart, key figure, glossary term and timeline event as links", async () => {
    const { page, requests, close } = await open("headers", "/search/", { javaScriptEnabled: false });
    const index = page.getByRole("region", { name: "Everything on this site" });
    for (const [heading, sample] of [
      ["Chapters", "/chapters/paying-for-enforcement/"],
      ["Charts", "/charts/merida-funding/"],
      ["Key figures", "/facts/"],
      ["Glossary terms", "/glossary/#"],
      ["Timeline events", "/timeline/"],
    ] as const) {
      const links = await index
        .getByRole("region", { name: heading })
        .getByRole("link")
        .evaluateAll((all) =>
          all.map((a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash),
        );
      expect(links.length, heading).toBeGreaterThan(0);
      expect(
        links.some((l) => l.startsWith(sample)),
        heading,
      ).toBe(true);
    }
    expect(await page.locator(".search-types").isVisible()).toBe(false); // the kind filters need the script
    expect(requests.filter((url) => url.includes("/pagefind/"))).toEqual([]);
    await close();
  });
});

describe("search in every language of the build", () => {
  const prefixes = [...new Set(pages().map((p) => /^\/([a-z]{2,3})\//.exec(p)?.[1] ?? ""))].filter((p) =>
    pages().includes(`/${p ? `${p}/` : ""}search/`),
  );
  for (const prefix of prefixes) {
    const home = `/${prefix ? `${prefix}/` : ""}`;
    it(`${home}search/ answers from the index of its own language: every result is a page of ${home}`, async () => {
      const { page, errors, close } = await open("headers", `${home}search/`);
      // A word of the first chapter's title as that page lists it, so the query is in the page's language.
      const title = await page.locator("#search-index-chapter ~ ul a").first().textContent();
      const word = title!.split(/[^\p{L}]+/u).sort((a, b) => b.length - a.length)[0]!;
      await page.getByRole("searchbox").fill(word);
      const paths = await resultPaths(page);
      expect(paths.length, word).toBeGreaterThan(0);
      const others = prefixes.filter((p) => p !== prefix);
      for (const path of paths) {
        expect(path.startsWith(home), path).toBe(true);
        expect(
          others.some((p) => p && path.startsWith(`/${p}/`)),
          path,
        ).toBe(false);
      }
      expect(errors).toEqual([]);
      await close();
    });

    it(`${home}search/ finds a glossary term as its own entry, from the entries indexed in its language`, async () => {
      const { page, errors, close } = await open("headers", `${home}search/`);
      const term = (await page.locator("#search-index-term ~ ul a").last().textContent())!.trim();
      await page.getByRole("searchbox").fill(term);
      await resultPaths(page);
      const hrefs = await page
        .locator(".search-result-title a")
        .evaluateAll((links) =>
          links.map(
            (a) => new URL((a as HTMLAnchorElement).href).pathname + new URL((a as HTMLAnchorElement).href).hash,
          ),
        );
      expect(
        hrefs.some((h) => h.startsWith(`${home}glossary/#`)),
        hrefs.join(", "),
      ).toBe(true);
      expect(errors).toEqual([]);
      await close();
    });
  }
});

describe("the search budget", () => {
  it("/search/ ships at most 30 KB of JavaScript on opening and at most 130 KB by the first query's results (gzipped, WebAssembly included)", async () => {
    const cost = await searchCost(DIST, QUERY);
    expect(cost.results).toBeGreaterThan(0);
    expect(cost.open.code).toBeGreaterThan(0);
    expect(cost.open.code).toBeLessThanOrEqual(30 * 1024);
    expect(cost.firstQuery.files.some((f) => /\/wasm\.\w+\.pagefind$/.test(f))).toBe(true); // the WebAssembly is counted
    expect(cost.firstQuery.code).toBeLessThanOrEqual(130 * 1024);
  });
});
