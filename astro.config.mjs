// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { shareCards } from "./src/integrations/shareCards.ts";
import { sitemap } from "./src/integrations/sitemap.ts";
import { skipDepOptimizer } from "./src/integrations/skipDepOptimizer.ts";
import { pagefindSearch } from "./src/integrations/pagefind.ts";
import { securityHeaders } from "./src/integrations/securityHeaders.ts";
import { projectRoot } from "./src/integrations/projectRoot.ts";
import { atomicPublish } from "./src/integrations/atomicPublish.ts";
import { DEFAULT_LANG, LANGUAGES } from "./src/config.ts";

// Deploy under a sub-path with BASE_PATH=/some/path/ npm run build.
const base = process.env.BASE_PATH ?? "/";

export default defineConfig({
  site: process.env.SITE_URL ?? "https://safe-third-country.example",
  base,
  outDir: process.env.OUT_DIR ?? "dist",
  // Separate caches let several builds run side by side (OUT_DIR=dist-x ASTRO_CACHE_DIR=.cache-x).
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  output: "static",
  trailingSlash: "always",
  // English at the root, other languages under /<lang>/: pages live in src/pages/[...lang]/ and read their language
  // from the route (src/i18n/lang.ts).
  i18n: { locales: [...LANGUAGES], defaultLocale: DEFAULT_LANG, routing: { prefixDefaultLocale: false } },
  // After the build: a share card for every page that has none yet, sitemap.xml from the pages built, the search
  // index (Pagefind, one per language) and _headers (after the index: its folder gets the page headers). In the
  // build, no dependency pre-bundling (only the dev server's browser needs it). projectRoot first: every stage reads
  // content/ from Astro's root. atomicPublish last: the build writes into <outDir>-staging and replaces outDir only
  // after every other step succeeded (it fails the build if anything is listed after it).
  integrations: [
    projectRoot(),
    mdx(),
    shareCards(),
    sitemap(),
    skipDepOptimizer(),
    pagefindSearch(),
    securityHeaders(),
    atomicPublish(),
  ],
  devToolbar: { enabled: false },
  // A rebuild copies each page whose code and inputs are unchanged from the last build (kept in the cache folder)
  // instead of rendering it again: pages give the digest of content/ as their cacheKey (src/load/buildInputs.ts).
  experimental: { incrementalBuild: true },
  // Many pages in flight at once (Astro limits across all routes): while image endpoints wait on the drawing workers,
  // the main thread renders the pages after them instead of idling.
  // Styles inline in each page (only the rules it uses): no stylesheet request holds up the first paint.
  build: { format: "directory", concurrency: 16, inlineStylesheets: "always" },
  vite: {
    // Keep every script an external file: strict CSP, and the bench can count it.
    build: { assetsInlineLimit: 0 },
  },
});
