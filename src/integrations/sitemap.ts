import type { AstroIntegration } from "astro";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtPages, readPage } from "./builtPages.ts";
import { pageHead } from "./pageHead.ts";
import { escapeXml } from "../render/escapeXml.ts";

/** One sitemap entry: a page's canonical URL and the same page in every language (hreflang → URL). */
interface SitemapUrl {
  loc: string;
  alternates: [string, string][];
}

/**
 * The sitemap entries of a build: each page's canonical URL with its language alternates, except pages that ask not to
 * be indexed (embeds) and the not-found page, which hosts serve for unknown addresses and which has no address of its own.
 */
function sitemapUrls(root: string): SitemapUrl[] {
  const urls = new Map<string, SitemapUrl>();
  for (const pagePath of builtPages(root)) {
    if (/(?:^|\/)404\.html$/.test(pagePath)) continue;
    const { meta, canonical, alternates } = pageHead(readPage(root, pagePath));
    if (/noindex/i.test(meta.get("robots") ?? "") || !canonical || urls.has(canonical)) continue;
    urls.set(canonical, { loc: canonical, alternates: [...alternates] });
  }
  return [...urls.values()].sort((a, b) => a.loc.localeCompare(b.loc));
}

const entry = ({ loc, alternates }: SitemapUrl) =>
  [
    `  <url><loc>${escapeXml(loc)}</loc>`,
    ...alternates.map(
      ([lang, href]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}"/>`,
    ),
    "  </url>",
  ].join("\n");

/** Writes sitemap.xml after the build, from the pages actually built, whoever added them. */
export function sitemap(): AstroIntegration {
  return {
    name: "sitemap",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const urls = sitemapUrls(root);
        writeFileSync(
          join(root, "sitemap.xml"),
          `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.map(entry).join("\n")}\n</urlset>\n`,
        );
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
