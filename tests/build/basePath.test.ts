import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { brokenLinks, page, pages } from "../helpers/site.ts";

// One build of a copy of the project, three guarantees of issue 11:
// - paths: built with `astro build --root <copy>` from another folder (which has no content/), it reads the copy's
//   content (the hostile words below exist nowhere else);
// - a base path with a space and a non-ASCII letter works end to end: links, share cards, canonical URLs, the
//   sitemap and embeds;
// - escaping: a title, a column label, a source title, a dataset title and a UI string holding &, <, >, quotes and
//   </title><script> build, and show as text in pages, inline and downloaded SVG, PNG and data files.
const ROOT = new URL("../..", import.meta.url).pathname;
const BASE = "/a b/ñ/";
const SITE = "https://example.org";
const HOSTILE = `Claims & appeals <b>bold</b> "double" 'single' </title><script>alert('x')</script>`;
const work = mkdtempSync(join(tmpdir(), "site-root-"));
const project = join(work, "project");
const out = join(project, "dist");

/** Replaces `from` with `to` in a file of the copy, failing if `from` is not there (the content moved on). */
function rewrite(path: string, from: string | RegExp, to: string) {
  const file = join(project, path);
  const text = readFileSync(file, "utf8");
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${path}: expected to find ${from}, found it missing; update the test`);
  writeFileSync(file, next);
}

/** A site URL's path below the base, decoded, or undefined when it is not under the base. */
const underBase = (url: string) => {
  const path = decodeURIComponent(new URL(url, SITE).pathname);
  return path.startsWith(BASE) ? path.slice(BASE.length - 1) : undefined;
};
/** Whether a site URL names a file of the build (a folder means its index.html). */
const builtFile = (url: string) => {
  const path = underBase(url);
  return (
    path !== undefined &&
    (existsSync(join(out, path, path.endsWith("/") ? "index.html" : "")) || existsSync(join(out, path)))
  );
};

beforeAll(() => {
  mkdirSync(project);
  for (const name of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "content", "public"])
    cpSync(join(ROOT, name), join(project, name), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(project, "node_modules"));
  const yaml = JSON.stringify(HOSTILE); // a JSON string is a YAML double-quoted scalar
  rewrite("content/charts/asylum-claims.yaml", /^title: .*$/m, `title: ${yaml}`);
  rewrite("content/datasets/asylum-claims.meta.yaml", /^title: .*$/m, `title: ${yaml}`);
  rewrite(
    "content/datasets/asylum-claims.meta.yaml",
    "{ name: claims, label: Claims,",
    `{ name: claims, label: ${yaml},`,
  );
  rewrite("content/sources/seeds-and-comar.yaml", /(- id: la-jornada-2021-07-04\n(?:.*\n)*?\s+title: ).*/, `$1${yaml}`);
  rewrite("content/ui/en.json", /"site\.title": ".*?",/, `"site.title": ${JSON.stringify(HOSTILE)},`);
  // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a nested build must not inherit them.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST|OUT_DIR|ASTRO_CACHE_DIR)$/.test(k),
    ),
  );
  execFileSync(join(ROOT, "node_modules/.bin/astro"), ["build", "--root", project], {
    cwd: work,
    env: {
      ...env,
      BASE_PATH: BASE,
      SITE_URL: SITE,
      ASTRO_CACHE_DIR: join(work, "cache"),
      ASTRO_TELEMETRY_DISABLED: "1",
    },
    stdio: "pipe",
  });
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("a build of another folder (astro build --root), for the base path /a b/ñ/", () => {
  it("reads the content of the project it was given, not of the folder it was started in", () => {
    expect(existsSync(join(work, "content"))).toBe(false);
    expect(page("/charts/asylum-claims/", out).querySelector("h1")!.textContent).toContain(HOSTILE);
  });

  it("resolves every internal link, asset and #anchor under the base path", () => {
    expect(pages(out).length).toBeGreaterThan(50);
    expect(brokenLinks(out, BASE)).toEqual([]);
  });

  it("points navigation, stylesheets and scripts into the base path", () => {
    const doc = page("/chapters/mexicos-asylum-system/", out);
    const refs = [...doc.querySelectorAll("header a, link[rel=stylesheet], script[src], script[data-src]")].map(
      (el) => el.getAttribute("href") ?? el.getAttribute("src") ?? el.getAttribute("data-src")!,
    );
    expect(refs.length).toBeGreaterThan(2);
    for (const ref of refs) expect(decodeURI(ref)).toMatch(/^\/a b\/ñ\//);
  });

  it("gives every page a share card that exists and a canonical URL under the base", () => {
    const missing = pages(out).flatMap((path) => {
      const doc = page(path, out);
      const image = doc.querySelector('meta[property="og:image"]')?.getAttribute("content");
      // The not-found page is served for unknown addresses; its canonical names no file (and the sitemap skips it).
      const canonical = path.endsWith("404.html")
        ? undefined
        : doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
      return [
        ...(image && !builtFile(image) ? [`${path}: og:image ${image}`] : []),
        ...(canonical && !builtFile(canonical) ? [`${path}: canonical ${canonical}`] : []),
      ];
    });
    expect(missing).toEqual([]);
  });

  it("lists in sitemap.xml only well-formed addresses of built pages under the base", () => {
    const xml = readFileSync(join(out, "sitemap.xml"), "utf8");
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, "&"));
    expect(locs.length).toBeGreaterThan(50);
    expect(locs.filter((loc) => !loc.startsWith(`${SITE}/a%20b/%C3%B1/`) || !builtFile(loc))).toEqual([]);
  });

  it("gives embed snippets an address of the embed page under the base", () => {
    const snippet = page("/charts/asylum-claims/", out).querySelector("#embed-code")!.textContent!;
    const src = /src="([^"]+)"/.exec(snippet)![1]!;
    expect(underBase(src)).toBe("/embed/asylum-claims/");
    expect(builtFile(src)).toBe(true);
  });
});

describe("text with &, <, >, quotes and </title><script> in content", () => {
  it("shows as text in pages and never becomes markup", () => {
    const doc = page("/charts/asylum-claims/", out);
    expect(doc.querySelector("title")!.textContent).toContain(HOSTILE);
    expect(doc.querySelector("main")!.textContent).toContain(HOSTILE);
    const injected = pages(out).filter((path) => {
      const d = page(path, out);
      return (
        [...d.querySelectorAll("script")].some((s) => s.textContent!.includes("alert('x')")) ||
        [...d.querySelectorAll("b")].some((b) => b.textContent === "bold")
      );
    });
    expect(injected).toEqual([]);
  });

  it("names the inline SVG and the downloaded SVG with the title as text", () => {
    const inline = page("/charts/asylum-claims/", out).querySelector("svg.chart-svg title")!;
    expect(inline.textContent).toContain(HOSTILE);
    const { document } = parseHTML("<html></html>");
    const parsed = new document.defaultView!.DOMParser().parseFromString(
      readFileSync(join(out, "charts/asylum-claims.svg"), "utf8"),
      "image/svg+xml",
    );
    expect(parsed.querySelector("title")!.textContent).toContain(HOSTILE);
    expect(parsed.querySelector("script")).toBeNull();
  });

  it("draws the PNG download", () => {
    const png = readFileSync(join(out, "charts/asylum-claims.png"));
    expect(png.subarray(1, 4).toString()).toBe("PNG");
  });

  it("keeps the words as data in the JSON and README downloads and the sources page", () => {
    const json = JSON.stringify(JSON.parse(readFileSync(join(out, "data/asylum-claims.json"), "utf8")));
    expect(json).toContain(JSON.stringify(HOSTILE).slice(1, -1));
    expect(readFileSync(join(out, "data/asylum-claims.txt"), "utf8")).toContain(HOSTILE);
    expect(page("/sources/", out).querySelector("main")!.textContent).toContain(HOSTILE);
  });
});
