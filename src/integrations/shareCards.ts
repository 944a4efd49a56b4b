import type { AstroIntegration } from "astro";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseHTML } from "linkedom";
import { uiStrings } from "../i18n/translations.ts";
import { isLang, langParam } from "../i18n/lang.ts";
import type { Lang } from "../config.ts";
import { builtPages, readPage } from "./builtPages.ts";
import { textCardSvg, CARD } from "../render/shareCardSvg.ts";
import { rasterise, measureText } from "../render/rasterise.ts";
import { sitePalette } from "../render/palette.ts";
import { withoutBase } from "../site/shareCardPath.ts";
import { displayUrl } from "../i18n/absoluteUrl.ts";

/** The kicker of a text card: the label of the page's section ("chapters" → "Chapter"), from content/ui. */
function kicker(pagePath: string, lang: Lang): string | undefined {
  const segments = pagePath.split("/").filter(Boolean);
  const section = segments[0] === langParam(lang) ? segments[1] : segments[0];
  return section ? (uiStrings(lang) as Record<string, string>)[`card.section.${section}`] : undefined;
}

/** A built page's language, from its <html lang>; a page without a language of the site is a build error. */
function pageLang(doc: Document, pagePath: string): Lang {
  const code = doc.documentElement.getAttribute("lang") ?? "";
  if (!isLang(code)) throw new Error(`${pagePath}: expected <html lang> to name a language of the site, found "${code}"`);
  return code;
}

/**
 * After the build, draws a 1200 × 630 text card for every page whose og:image (always /og/<page>.png, see
 * src/site/shareCardPath.ts) is not there yet: charts and key facts have endpoints that draw richer cards first, and
 * every other page, whoever wrote it, gets its title and description drawn from its own meta tags, so the card and
 * the link preview can never disagree. Runs once per build, not per page render.
 */
export function shareCards(): AstroIntegration {
  let base = "/";
  return {
    name: "share-cards",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const started = performance.now();
        const theme = sitePalette().light;
        let drawn = 0;
        for (const pagePath of builtPages(root)) {
          const doc = parseHTML(readPage(root, pagePath)).document;
          const meta = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute("content") ?? "";
          const image = meta("og:image");
          if (!image) continue;
          const file = join(root, withoutBase(new URL(image).pathname, base));
          if (existsSync(file)) continue;
          const svg = textCardSvg(
            { title: meta("og:title"), description: meta("og:description") },
            // The home page's title is the site's name: say it once.
            { siteName: meta("og:title") === meta("og:site_name") ? "" : meta("og:site_name"), kicker: kicker(pagePath, pageLang(doc as unknown as Document, pagePath)), address: displayUrl(meta("og:url")) },
            theme,
            measureText,
          );
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, rasterise(svg, CARD.width));
          drawn++;
        }
        logger.info(`${drawn} text share cards in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
