// `npm run bench`: builds the site into a scratch folder and prints, for every page, its HTML bytes and the JavaScript
// it loads (gzipped, following imports); the build's time, in both languages and, in the same run, in English alone
// (the Spanish edition's budget: at most twice the one-language build); and the JavaScript a client-rendered version
// of each chart would ship (its chart module bundled with Plot for the browser), with the ratio.
// `npm run bench -- --scale` measures how the build scales instead (tests/bench/scale.mjs).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { CHART_PAGE, page, pages, pageScriptBytes } from "./helpers/site.ts";
import { searchCost } from "./helpers/searchCost.ts";
import { chartModules } from "../src/charts/index.ts";
import { siteContent } from "../src/load/loadContent.ts";
import { timedBuild } from "./bench/timedBuild.mjs";

if (process.argv.includes("--scale")) {
  await import("./bench/scale.mjs"); // build time and memory at 1× and 10× content, and against the commit before the restructure
  process.exit(0);
}

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const scratch = mkdtempSync(join(tmpdir(), "bench-"));
const out = join(scratch, "dist");

// 1. Cold builds, timed: English alone, then every language (what is published), each with an empty cache.
const root = process.cwd();
const english = await timedBuild(root, {
  outDir: join(scratch, "dist-en"),
  cacheDir: join(scratch, "cache-en"),
  env: { SITE_LANGUAGES: "en" },
});
rmSync(join(scratch, "dist-en"), { recursive: true, force: true });
const published = await timedBuild(root, { outDir: out, cacheDir: join(scratch, "cache") });
const buildSeconds = published.seconds;

// 2. Every page: HTML and JavaScript.
const rows = pages(out).map((path) => {
  const html = readFileSync(join(out, path, path.endsWith(".html") ? "" : "index.html"));
  const js = pageScriptBytes(path, out);
  const doc = page(path, out);
  const charts = [...doc.querySelectorAll("figure.chart")].map((f) => f.id);
  return {
    path,
    html: html.length,
    htmlGzip: gz(html),
    js: js.gzip,
    charts,
    chartPage: doc.querySelector(CHART_PAGE) !== null,
  };
});

// 3. The client-rendered alternative: each chart's own module (src/charts/<chartId>.ts), its rows and Plot, bundled
//    and minified for the browser.
const content = siteContent();
const clientRendered = new Map();
for (const [id, module] of chartModules) {
  const text = content.charts.get(id);
  const entry = join(scratch, `${id}.js`);
  const file = id.replace(/-(\w)/g, (_, c) => c.toUpperCase());
  const modulePath = new URL(`../src/charts/${file}.ts`, import.meta.url).pathname;
  const formatPath = new URL("../src/charts/kit/format.ts", import.meta.url).pathname;
  writeFileSync(
    entry,
    `
    import { ${file} as module } from ${JSON.stringify(modulePath)};
    import { chartFormat } from ${JSON.stringify(formatPath)};
    import * as Plot from "@observablehq/plot";
    const rows = ${JSON.stringify(content.datasets.get(text.dataset).rows)};
    const lang = { chart: ${JSON.stringify(id)}, locale: "en-US", words: ${JSON.stringify(text.words)}, format: chartFormat("en-US") };
    const width = document.body.clientWidth < 540 ? 300 : 640;
    document.body.append(Plot.plot(module.spec(rows, { ...lang, view: module.views[0], width, fontSize: 13, legend: {} })));
  `,
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    nodePaths: [join(process.cwd(), "node_modules")],
    logLevel: "silent",
  });
  clientRendered.set(id, gz(result.outputFiles[0].contents));
}

const ratio = (a, b) => (a / b).toFixed(2);
console.log(
  `\nBuild: ${rows.length} pages in ${buildSeconds.toFixed(1)} s wall, ${published.cpuSeconds.toFixed(1)} s CPU, peak ${(published.peakBytes / 2 ** 20).toFixed(0)} MB`,
);
console.log(
  `English alone: ${english.pages} pages in ${english.seconds.toFixed(1)} s wall, ${english.cpuSeconds.toFixed(1)} s CPU. Two languages / one: ${ratio(buildSeconds, english.seconds)} wall, ${ratio(published.cpuSeconds, english.cpuSeconds)} CPU (budget ≤ 2: ${published.cpuSeconds <= 2 * english.cpuSeconds ? "ok" : "OVER"})\n`,
);
console.log("page".padEnd(48), "HTML".padStart(10), "HTML gz".padStart(10), "JS gz".padStart(10), "  charts");
for (const r of rows)
  console.log(
    r.path.padEnd(48),
    kb(r.html).padStart(10),
    kb(r.htmlGzip).padStart(10),
    kb(r.js).padStart(10),
    " ",
    r.charts.join(", "),
  );
console.log("\nClient-rendered comparison (what the same chart would ship if drawn in the browser with Plot):");
for (const [id, bytes] of clientRendered) {
  const ours = rows.find((r) => r.charts.includes(id));
  const ourJs = ours?.js ?? 0;
  console.log(
    `  ${id.padEnd(26)} client-rendered ${kb(bytes).padStart(9)} · ours (whole page) ${kb(ourJs).padStart(8)} · ratio ${(ourJs / bytes).toFixed(3)} (${(bytes / Math.max(ourJs, 1)).toFixed(0)}× smaller)`,
  );
}
const chartPages = rows.filter((r) => r.chartPage);
const worst = Math.max(0, ...chartPages.map((r) => r.js));
// Search pages (/search/, /<lang>/search/) load their own script before a query; DESIGN.md allows them 30 KB.
const isSearch = (r) => /^\/(?:[a-z]{2,3}\/)?search\/$/.test(r.path);
const search = rows.filter(isSearch);
const worstSearch = Math.max(0, ...search.map((r) => r.js));
const chartFree = rows.filter((r) => !r.chartPage && !isSearch(r) && r.js > 0);
// The same budgets per page in every language: a Spanish page ships what its English counterpart ships, give or take.
const jsOf = new Map(rows.map((r) => [r.path, r.js]));
const heavier = rows.filter((r) => /^\/es\//.test(r.path) && r.js > (jsOf.get(r.path.slice(3)) ?? 0) + 512);
console.log(
  `\nBudgets: chart pages ≤ 12 KB JS gz (largest ${kb(worst)}: ${worst <= 12 * 1024 ? "ok" : "OVER"}); search ≤ 30 KB before a query (${search.length ? `${kb(worstSearch)}: ${worstSearch <= 30 * 1024 ? "ok" : "OVER"}` : "no search page"}); other pages 0 JS (${chartFree.length ? `OVER on ${chartFree.map((r) => r.path).join(", ")}` : "ok"}); Spanish pages within 0.5 KB of their English counterparts (${heavier.length ? `OVER on ${heavier.map((r) => r.path).join(", ")}` : "ok"})`,
);

// 4. Search in Chromium: what /search/ loads on opening, and by the time a first query's results are on screen
//    (Pagefind's script, worker and WebAssembly, then index chunks and result fragments), for a one-word and a
//    three-word query.
if (search.length) {
  for (const query of ["Mérida", "safe third country"]) {
    const { open, firstQuery, results } = await searchCost(out, query);
    const ok = open.code <= 30 * 1024 && firstQuery.code <= 130 * 1024 ? "ok" : "OVER";
    console.log(
      `Search "${query}" (${results} results shown): on opening ${kb(open.code)} JS; by the first results ${kb(firstQuery.code)} JS + WebAssembly (≤ 30 KB, ≤ 130 KB: ${ok}), plus ${kb(firstQuery.data)} of index and fragments`,
    );
  }
}
rmSync(scratch, { recursive: true, force: true });
