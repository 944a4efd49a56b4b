// What /search/ costs a reader in Chromium: the files it loads when opened, and what the first query adds (Pagefind's
// script, worker and WebAssembly, then its index and the results' fragments), each counted gzipped as a host would
// send it (Pagefind's own .pagefind/.pf_* files are gzip already: counted as they are). Shared by the budget test
// and the bench.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { serve } from "./staticServer.mjs";
import { launch } from "./browser.mjs";

/** Files loaded at one moment, by kind: JavaScript and WebAssembly (the budget), and index data. */
export interface Loaded {
  /** Site paths, in the order requested. */
  files: string[];
  /** Gzipped bytes of JavaScript and WebAssembly. */
  code: number;
  /** Gzipped bytes of everything else Pagefind fetched (entry, metadata, index chunks, filters, fragments). */
  data: number;
}

/** The cost of /search/: on opening, and once the first query's results are on screen (cumulative). */
export interface SearchCost {
  open: Loaded;
  firstQuery: Loaded;
  results: number;
}

const isCode = (path: string) => /\.js$|^.*\/wasm\.[\w-]+\.pagefind$/.test(path);
const isSearchFile = (path: string) => isCode(path) || /\/pagefind\//.test(path);
const gzipped = (file: string) => {
  const bytes = readFileSync(file);
  return Math.min(bytes.length, gzipSync(bytes, { level: 9 }).length);
};

function tally(root: string, paths: string[]): Loaded {
  const files = [...new Set(paths)].filter(isSearchFile);
  const size = (list: string[]) => list.reduce((sum, p) => sum + gzipped(join(root, p)), 0);
  return { files, code: size(files.filter(isCode)), data: size(files.filter((p) => !isCode(p))) };
}

/** Opens /search/ in a fresh Chromium, types `query` and waits for its results; `root` is a build served at "/". */
export async function searchCost(root: string, query: string): Promise<SearchCost> {
  const server = await serve(root);
  const browser = await launch();
  try {
    const page: Page = await browser.newPage();
    const paths: string[] = [];
    page.on("request", (request) => paths.push(new URL(request.url()).pathname));
    await page.goto(`${server.url}search/`, { waitUntil: "networkidle" });
    const open = tally(root, paths);
    await page.locator("#search-q").fill(query);
    await page.locator("#search-q").press("Enter");
    await page.locator(".search-result").first().waitFor();
    await page.waitForLoadState("networkidle");
    const results = await page.locator(".search-result").count();
    return { open, firstQuery: tally(root, paths), results };
  } finally {
    await browser.close();
    await server.close();
  }
}
