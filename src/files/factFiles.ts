import { siteContentIn } from "../load/loadContent.ts";
import { siteKeyFacts, type KeyFact } from "../site/keyFacts.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import type { Lang } from "../config.ts";
import { paths } from "../i18n/paths.ts";
import { absoluteUrl, displayUrl } from "../i18n/absoluteUrl.ts";
import { sitePalette } from "../render/palette.ts";
import { measureText } from "../render/rasterise.ts";
import { sitePng } from "../render/pngCache.ts";
import { factCardSvg, CARD } from "../render/shareCardSvg.ts";
import { sourcesLine } from "../site/sourceLine.ts";

/** Every key fact of the site. */
export const keyFacts = (lang: Lang): KeyFact[] => siteKeyFacts(siteContentIn(lang), lang);

/** One key fact by id, failing with the known ids. */
export function keyFact(id: string, lang: Lang): KeyFact {
  const fact = keyFacts(lang).find((f) => f.id === id);
  if (!fact)
    throw new Error(
      `key fact "${id}": expected one of ${keyFacts(lang)
        .map((f) => f.id)
        .join(", ")}, found an unknown id`,
    );
  return fact;
}

/** The share card of a key fact as an SVG: the figure large, the claim and its sources. */
export function factCard(id: string, lang: Lang): string {
  const t = useTranslations(lang);
  const fact = keyFact(id, lang);
  const frame = {
    siteName: t("site.title"),
    kicker: t("card.fact"),
    address: displayUrl(absoluteUrl(paths.fact(id, lang))),
  };
  const source = sourcesLine(fact.sources, lang, false);
  return factCardSvg({ value: fact.value, claim: fact.claim, source }, frame, sitePalette().light, measureText);
}

/** `/og/facts/<id>.png`: that card, drawn. */
export const factCardPng = (id: string, lang: Lang): Promise<Buffer> => sitePng(factCard(id, lang), CARD.width);
