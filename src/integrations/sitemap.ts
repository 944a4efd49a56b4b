import type { AstroIntegration } from "astro";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtPages, readPage } from "./builtPages.ts";
import { pageHead } from "./pageHead.ts";
import { escapeXml } from "../render/escapeXml.ts";

/**
 * The sitemap entries of a build: each page's canonical URL, except pages that ask not to be indexed (embeds) and the
 * not-found page, which hosts serve for unknown addresses and which has no address of its own.
 */
function sitemapUrls(root: string): string[] {
  const urls = builtPages(root).flatMap((pagePath) => {
    if (/(?:^|\/)404\.html$/.test(pagePath)) return [];
    const { meta, canonical } = pageHead(readPage(root, pagePath));
    if (/noindex/i.test(meta.get("robots") ?? "")) return [];
    return canonical ? [canonical] : [];
  });
  return [...new Set(urls)].sort();
}

/** Writes sitemap.xml after the build, from the pages actually built, whoever added them. */
export function sitemap(): AstroIntegration {
  return {
    name: "sitemap",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const urls = sitemapUrls(root);
        const body = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join("\n");
        writeFileSync(
          join(root, "sitemap.xml"),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`,
        );
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
