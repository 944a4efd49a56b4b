import type { AstroIntegration } from "astro";
import { existsSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { availableParallelism } from "node:os";
import { uiStrings } from "../i18n/translations.ts";
import { langParam } from "../i18n/lang.ts";
import { LANG_TAGS, LANGUAGES, type Lang } from "../config.ts";
import { builtPages, readPage } from "./builtPages.ts";
import { pageHead } from "./pageHead.ts";
import { textCardSvg, CARD } from "../render/shareCardSvg.ts";
import { measureText } from "../render/rasterise.ts";
import { pngCache, PNG_CACHE_ENV } from "../render/pngCache.ts";
import { sitePalette } from "../render/palette.ts";
import { withoutBase } from "../site/shareCardPath.ts";
import { displayUrl } from "../i18n/absoluteUrl.ts";
import { linkFile } from "./linkTree.ts";

/** The kicker of a text card: the label of the page's section ("chapters" → "Chapter"), from content/ui. */
function kicker(pagePath: string, lang: Lang): string | undefined {
  const segments = pagePath.split("/").filter(Boolean);
  const section = segments[0] === langParam(lang) ? segments[1] : segments[0];
  return section ? (uiStrings(lang) as Record<string, string>)[`card.section.${section}`] : undefined;
}

/** A built page's language, from its <html lang> ("es-MX"); a page without a language of the site is a build error. */
function pageLang(tag: string, pagePath: string): Lang {
  const lang = LANGUAGES.find((l) => LANG_TAGS[l] === tag);
  if (!lang)
    throw new Error(
      `${pagePath}: expected <html lang> to be one of ${LANGUAGES.map((l) => LANG_TAGS[l]).join(", ")}, found "${tag}"`,
    );
  return lang;
}

/** Runs `task` on every item with at most `limit` at once, so images are drawn on every core without queuing all of them. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/**
 * After the build, draws a 1200 × 630 text card for every page whose og:image (always /og/<page>.png, see
 * src/site/shareCardPath.ts) is not there yet: charts and key facts have endpoints that draw richer cards first, and
 * every other page, whoever wrote it, gets its title and description drawn from its own meta tags, so the card and
 * the link preview can never disagree. Runs once per build, not per page render. Images are kept in Astro's cache
 * folder (`<cacheDir>/png/`) by a hash of their SVG: a card whose page did not change is copied, not drawn.
 */
export function shareCards(): AstroIntegration {
  let base = "/";
  let cacheDir = "";
  return {
    name: "share-cards",
    hooks: {
      "astro:config:setup": ({ config, updateConfig }) => {
        // Endpoints that draw images (chart downloads, chart and fact cards) use the same cache (render/pngCache.ts).
        updateConfig({
          vite: { define: { [PNG_CACHE_ENV]: JSON.stringify(join(fileURLToPath(config.cacheDir), "png")) } },
        });
      },
      "astro:config:done": ({ config }) => {
        base = config.base;
        cacheDir = join(fileURLToPath(config.cacheDir), "png");
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const theme = sitePalette().light;
        const cards = builtPages(root).flatMap((pagePath) => {
          const head = pageHead(readPage(root, pagePath));
          const meta = (property: string) => head.meta.get(property) ?? "";
          const image = meta("og:image");
          if (!image) return [];
          const file = join(root, withoutBase(new URL(image).pathname, base));
          if (existsSync(file)) return [];
          const svg = textCardSvg(
            { title: meta("og:title"), description: meta("og:description") },
            // The home page's title is the site's name: say it once.
            {
              siteName: meta("og:title") === meta("og:site_name") ? "" : meta("og:site_name"),
              kicker: kicker(pagePath, pageLang(head.lang, pagePath)),
              address: displayUrl(meta("og:url")),
            },
            theme,
            measureText,
          );
          return [{ file, svg }];
        });
        const cached = pngCache(cacheDir);
        let drawn = 0;
        await eachLimited(cards, Math.max(2, availableParallelism()), async ({ file, svg }) => {
          const card = await cached(svg, CARD.width);
          mkdirSync(dirname(file), { recursive: true });
          linkFile(card.file, file); // the cache never rewrites a file in place, so the two may share its bytes
          if (card.drawn) drawn++;
        });
        logger.info(
          `${cards.length} text share cards (${drawn} drawn, ${cards.length - drawn} from the cache) in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
