import type { AstroIntegration, AstroIntegrationLogger } from "astro";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as pagefind from "pagefind";
import { LANGUAGES } from "../config.ts";
import { builtPages, readPage } from "./builtPages.ts";
import { searchRecords } from "./searchRecords.ts";
import { linkTree } from "./linkTree.ts";

/**
 * What search leaves out inside the content that pages mark with data-pagefind-body, by the components' own classes
 * (templates mark their own extras with data-pagefind-ignore): chart drawings (their words are in the caption, alt
 * text and table), tooltips, repeated source lists and per-figure source lines, share, embed, download and citation
 * panels, the chapter's navigation and figure notes, every script, and on /sources/ the lists of where each source is
 * used.
 */
export const SEARCH_EXCLUDE = [
  "svg",
  "script",
  "nav",
  ".chart-tip",
  ".chart-sources",
  ".chart-reuse",
  ".table-hint",
  ".source-list-box",
  ".fact-notes",
  "share-links",
  ".share",
  ".reuse-panel",
  ".term-meta",
  ".uses",
];

/** Throws with every error Pagefind reported at a step, after logging each one. */
function check<T extends { errors: string[] }>(response: T, step: string, logger: AstroIntegrationLogger): T {
  if (response.errors.length === 0) return response;
  for (const error of response.errors) logger.error(`${step}: ${error}`);
  throw new Error(`Pagefind failed to ${step}: ${response.errors.join("; ")}`);
}

/** A built page: its path below the base, and its HTML. */
interface BuiltPage {
  path: string;
  html: string;
}

/** The code that decides what is indexed: this integration's files, and the search kinds they file records under. */
const INDEXING_CODE = ["./pagefind.ts", "./searchRecords.ts", "./builtPages.ts", "../site/search.ts"];
/** The packages that read the pages and write the index. */
const INDEXING_PACKAGES = ["pagefind", "linkedom"];

/**
 * A digest of everything the index is made from: every built page (path and bytes), what search leaves out, and the
 * code and package versions that index them. The same digest is the same index.
 */
function indexInputs(pages: BuiltPage[], project: string): string {
  const hash = createHash("sha256").update(JSON.stringify(SEARCH_EXCLUDE));
  for (const name of INDEXING_PACKAGES) hash.update(readFileSync(join(project, "node_modules", name, "package.json"))); // its version, among the rest
  for (const file of INDEXING_CODE) hash.update(readFileSync(new URL(file, import.meta.url)));
  for (const { path, html } of pages) hash.update(`\0${path}\0`).update(html);
  return hash.digest("hex");
}

/**
 * After the build, indexes the built pages with Pagefind's Node API and writes its bundle to <dir>/pagefind/, one
 * index per language (Pagefind splits by each page's <html lang>). What pages mark with data-pagefind-body is indexed
 * as one result per page; the items of lists marked data-search-records (sources, corrections, glossary terms) as one
 * result each (searchRecords.ts). Any error fails the build, and so does a language of the site with no page in the
 * index (a template lost its data-pagefind-body). The index is kept in Astro's cache folder under the digest of its
 * inputs, its files hard-linked (linkTree.ts): a build whose pages are all unchanged links it instead of indexing
 * again.
 */
export function pagefindSearch(): AstroIntegration {
  let cacheDir = "";
  let project = "";
  return {
    name: "pagefind",
    hooks: {
      "astro:config:done": ({ config }) => {
        cacheDir = join(fileURLToPath(config.cacheDir), "pagefind");
        project = fileURLToPath(config.root);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const pages: BuiltPage[] = builtPages(root).map((path) => ({ path, html: readPage(root, path) }));
        const inputs = indexInputs(pages, project);
        const cached = join(cacheDir, inputs);
        if (existsSync(cached)) {
          linkTree(cached, join(root, "pagefind"));
          logger.info(`index unchanged: linked from the cache in ${Math.round(performance.now() - started)} ms`);
          return;
        }
        try {
          const { index } = check(
            await pagefind.createIndex({ excludeSelectors: SEARCH_EXCLUDE }),
            "create an index",
            logger,
          );
          if (!index) throw new Error("Pagefind failed to create an index");
          const { page_count } = check(await index.addDirectory({ path: root }), "index the built pages", logger);
          const records = pages.flatMap(({ path, html }) => searchRecords(html, path, SEARCH_EXCLUDE));
          // Sent together: one at a time, each waits a round trip to Pagefind's process.
          const added = await Promise.all(records.map((record) => index.addCustomRecord(record)));
          added.forEach((response, i) => check(response, `index ${records[i]!.url}`, logger));
          check(await index.writeFiles({ outputPath: join(root, "pagefind") }), "write its files", logger);
          const entry = JSON.parse(readFileSync(join(root, "pagefind", "pagefind-entry.json"), "utf8")) as {
            languages: Record<string, { page_count: number }>;
          };
          // Pagefind names an index by the pages' <html lang> ("es-mx" for es-MX): a language counts under its subtags too.
          const indexed = (lang: string) =>
            Object.entries(entry.languages).some(([code, { page_count: n }]) => n > 0 && code.split("-")[0] === lang);
          const empty = LANGUAGES.filter((lang) => !indexed(lang));
          if (empty.length > 0)
            throw new Error(
              `search: no page in the index of ${empty.join(", ")} (expected pages marked data-pagefind-body with <html lang>)`,
            );
          const counts = Object.entries(entry.languages).map(([lang, { page_count: n }]) => `${n} ${lang}`);
          logger.info(
            `${counts.join(", ")} results (${records.length} of them list entries) from ${page_count} pages, in ${Math.round(performance.now() - started)} ms`,
          );
          rmSync(cacheDir, { recursive: true, force: true }); // one index kept: the last
          linkTree(join(root, "pagefind"), cached);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
