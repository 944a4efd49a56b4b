import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { parseHTML } from "linkedom";

/** The build under test: dist/, or SITE_DIST when several builds run side by side. */
export const DIST = process.env.SITE_DIST
  ? new URL(`../../${process.env.SITE_DIST}`, import.meta.url).pathname
  : new URL("../../dist", import.meta.url).pathname;

/** What makes a page a chart page, allowed up to 12 KB of JavaScript: a chart figure, or the timeline's overview chart. */
export const CHART_PAGE = "figure.chart, .tl-overview";

/** Every built HTML page as its URL path ("/", "/chapters/x/"). */
export function pages(root = DIST): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith(".html") ? [path] : [];
    });
  return walk(root)
    .map((file) => `/${relative(root, file).replace(/index\.html$/, "")}`)
    .sort();
}

/** The DOM of one built page. */
export function page(path: string, root = DIST): Document {
  return parseHTML(readFileSync(join(root, path, path.endsWith(".html") ? "" : "index.html"), "utf8"))
    .document as unknown as Document;
}

/**
 * Internal links, asset references and #anchors of every page that do not resolve inside the build.
 * `base` is the path the site is built for; a link outside it is broken too.
 */
export function brokenLinks(root = DIST, base = "/"): string[] {
  const broken: string[] = [];
  const parsed = new Map<string, Document>(); // pages with many #anchors (the timeline) would otherwise be parsed per link
  const targetDoc = (file: string) =>
    parsed.get(file) ??
    parsed.set(file, parseHTML(readFileSync(file, "utf8")).document as unknown as Document).get(file)!;
  for (const path of pages(root)) {
    const doc = page(path, root);
    const refs = [...doc.querySelectorAll("a[href], link[href], script[src], img[src]")].map(
      (el) => el.getAttribute("href") ?? el.getAttribute("src")!,
    );
    for (const ref of refs) {
      if (/^(?:[a-z]+:)?\/\//i.test(ref) || /^(mailto|tel):/.test(ref)) continue;
      const url = new URL(ref, `http://site${base}${path.slice(1)}`);
      const pathname = decodeURIComponent(url.pathname); // a base with a space or "ñ" is percent-encoded in a URL
      if (!pathname.startsWith(base)) {
        broken.push(`${path}: ${ref} (outside ${base})`);
        continue;
      }
      const target = join(root, pathname.slice(base.length));
      const file = existsSync(target) && statSync(target).isDirectory() ? join(target, "index.html") : target;
      if (!existsSync(file)) broken.push(`${path}: ${ref} (no file)`);
      else if (url.hash && file.endsWith(".html")) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!targetDoc(file).getElementById(id)) broken.push(`${path}: ${ref} (no #${id})`);
      }
    }
  }
  return broken;
}

/**
 * Gzipped bytes of the JavaScript a page loads: its module scripts and everything they import, each file once. An
 * import the page's script makes only when the page has an element (src/client/enhance.ts: ["chart-figure", () =>
 * import("./chartFigure.ts")], built as ["chart-figure",()=>import("./chartFigure.<hash>.js")]) counts where the
 * page has one.
 */
export function pageScriptBytes(path: string, root = DIST, base = "/"): { files: string[]; gzip: number } {
  const doc = page(path, root);
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, "utf8");
    const gated = new Set<string>();
    for (const [, selector, spec] of code.matchAll(
      /\[["'`]([^"'`]+)["'`],\(\)=>[^\]]*?import\(["'`]([^"'`]+\.js)["'`]\)/g,
    )) {
      gated.add(spec!);
      if (doc.querySelector(selector!)) visit(join(file, "..", spec!));
    }
    for (const [, spec, dynamic] of code.matchAll(
      /(?:import|export)\s*(?:[^"'`()]*?from\s*)?["'`]([^"'`]+\.js)["'`]|import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g,
    )) {
      const found = spec ?? dynamic;
      // A computed address (`${…}pagefind.js`) is no file of the build: search's own budget counts it (searchCost.ts).
      if (found && !gated.has(found) && !found.includes("${")) visit(join(file, "..", found));
    }
  };
  // script[data-src]: the loader's (src/config.ts PAGE_SCRIPT_LOADER), which imports the pages' script after the first paint
  for (const el of doc.querySelectorAll("script[src], script[data-src]"))
    visit(join(root, (el.getAttribute("src") ?? el.getAttribute("data-src")!).slice(base.length)));
  const files = [...seen];
  return { files, gzip: files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) };
}
