import { siteContent } from "../load/loadContent.ts";
import { siteKeyFacts, type KeyFact } from "../site/keyFacts.ts";
import { localeOf, t } from "../i18n/translations.ts";
import { absoluteUrl, displayUrl } from "../i18n/absoluteUrl.ts";
import { sitePalette } from "../render/palette.ts";
import { measureText, rasterise } from "../render/rasterise.ts";
import { factCardSvg, CARD } from "../render/shareCardSvg.ts";
import { sourcesLine } from "../site/sourceLine.ts";

/** Every key fact of the site. */
export const keyFacts = (): KeyFact[] => siteKeyFacts(siteContent(), localeOf());

/** One key fact by id, failing with the known ids. */
export function keyFact(id: string): KeyFact {
  const fact = keyFacts().find((f) => f.id === id);
  if (!fact) throw new Error(`key fact "${id}": expected one of ${keyFacts().map((f) => f.id).join(", ")}, found an unknown id`);
  return fact;
}

/** `/og/facts/<id>.png`: the figure large, the claim and its sources. */
export function factCardPng(id: string): Buffer {
  const fact = keyFact(id);
  const frame = { siteName: t("site.title"), kicker: t("card.fact"), address: displayUrl(absoluteUrl(`/facts/${id}/`)) };
  const source = sourcesLine(fact.sources, localeOf(), false);
  return rasterise(factCardSvg({ value: fact.value, claim: fact.claim, source }, frame, sitePalette().light, measureText), CARD.width);
}
