import { afterAll, beforeAll } from "vitest";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { serve } from "./staticServer.mjs";
import { launch } from "./browser.mjs";
import { DIST } from "./site.ts";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** A page with what it requested and every error it logged (script errors, Content-Security-Policy refusals). */
export interface OpenPage {
  page: Page;
  requests: string[];
  errors: string[];
}

/**
 * Starts the built site on loopback and Chromium for one test file; `open` gives a page at a path with options in a
 * fresh context, `visit` navigates the one page kept per set of options (cheaper, for tests that need no fresh state).
 */
export function browserSuite() {
  let server: { url: string; requests: string[]; close(): Promise<void> };
  let browser: Browser;
  const kept = new Map<string, Promise<OpenPage>>();
  /** Loads `path`, then (with JavaScript on) waits for the page's scripts, which load after its first paint. */
  const load = async ({ page }: OpenPage, path: string, options: BrowserContextOptions) => {
    await page.goto(server.url + path.replace(/^\//, ""), { waitUntil: "load" });
    if (options.javaScriptEnabled !== false) await enhanced(page);
  };
  const newPage = async (options: BrowserContextOptions): Promise<OpenPage> => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, ...options });
    const page = await context.newPage();
    const opened: OpenPage = { page, requests: [], errors: [] };
    page.on("request", (request) => opened.requests.push(request.url()));
    page.on("console", (message) => message.type() === "error" && opened.errors.push(message.text()));
    page.on("pageerror", (error) => opened.errors.push(error.message));
    return opened;
  };
  beforeAll(async () => {
    server = await serve(DIST);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get origin() {
      return new URL(server.url).origin;
    },
    /**
     * Opens `path` in a fresh context (default 375 px wide, light, JavaScript on) and records every request it makes
     * and every error the page logs (script errors, Content-Security-Policy refusals).
     */
    async open(path: string, options: BrowserContextOptions = {}): Promise<OpenPage> {
      const opened = await newPage(options);
      await load(opened, path, options);
      return opened;
    },
    /** Loads `path` in the page kept for these options (made on first use), its requests and errors cleared first. */
    async visit(path: string, options: BrowserContextOptions = {}): Promise<OpenPage> {
      const key = JSON.stringify(options);
      if (!kept.has(key)) kept.set(key, newPage(options));
      const opened = await kept.get(key)!;
      opened.requests.length = 0;
      opened.errors.length = 0;
      await load(opened, path, options);
      return opened;
    },
  };
}

/**
 * Waits until the page's enhancements have run: src/client/enhance.ts imports them after the first paint, so "load"
 * can come first, and marks the page `data-enhancing` until they have.
 */
export async function enhanced(page: Page): Promise<void> {
  await page.waitForFunction(() => !("enhancing" in document.documentElement.dataset));
}

/** Runs axe-core in the page and returns its violations as "rule: target" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // evaluated, not injected as a <script>: the page's CSP rightly forbids inline scripts
  const violations = await page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }
    ).axe.run();
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
  return violations;
}

/** Rendered font sizes, in CSS px, of every text in the chart SVGs a reader sees now (`selector` picks the SVGs). */
export function chartTextSizes(page: Page, selector: string): Promise<number[]> {
  return page.evaluate(
    (sel) =>
      [...document.querySelectorAll<SVGSVGElement>(sel)]
        .filter((svg) => svg.getClientRects().length > 0)
        .flatMap((svg) => {
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll("text")].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
        }),
    selector,
  );
}

/** Puts focus just before a chart, as a reader tabbing through the text above it would arrive. */
export function focusBefore(page: Page, id: string): Promise<void> {
  return page.evaluate((id) => {
    const before = document.createElement("button");
    before.textContent = "before the chart";
    document.getElementById(id)!.closest("chart-figure")!.before(before);
    before.focus();
  }, id);
}
