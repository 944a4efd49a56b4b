import type { Content } from "../load/loadContent.ts";
import type { Correction, CorrectionSide } from "../schemas/correction.ts";
import { factTokensIn } from "../load/factTokens.ts";
import { fillFacts } from "./fillFacts.ts";
import { factOrThrow } from "./factView.ts";
import { formatValue } from "../i18n/formatValue.ts";
import { formatDate } from "../i18n/formatDate.ts";
import { sourceRefs, type SourceRef } from "./sourceRefs.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import type { Lang } from "../config.ts";

/** One side of a correction as the page prints it: which side it is, the figure, a gloss and its sources. */
export interface CorrectionSideView {
  /** "In the document", "Revised figure", "Correct date"…: says which is which. */
  label: string;
  value: string;
  detail?: string;
  /** For a date, the machine-readable form for <time>. */
  datetime?: string;
  sources: SourceRef[];
}

export interface CorrectionView {
  id: string;
  subject: string;
  document: CorrectionSideView;
  correct: CorrectionSideView;
  explanation: string;
  chapters: { slug: string; title: string }[];
  /** Every source either side relies on, for the sources list. */
  sourceIds: string[];
}

/** The source ids of one side: a fact's own sources, the facts its words print, then those listed. */
function sideSourceIds(side: CorrectionSide, content: Content): string[] {
  const tokens = [side.text, side.detail].flatMap(factTokensIn);
  const facts = [...(side.fact ? [side.fact] : []), ...tokens].map((id) => factOrThrow(content, id));
  return [...new Set([...facts.flatMap((f) => f.sources), ...side.sources])];
}

function sideView(side: CorrectionSide, label: string, content: Content, locale: string): CorrectionSideView {
  const sources = sourceRefs(sideSourceIds(side, content), content.sources, locale);
  const detail = side.detail === undefined ? {} : { detail: fillFacts(side.detail, content, locale) };
  if (side.date !== undefined)
    return { label, value: formatDate(side.date, locale, "long"), datetime: side.date, sources, ...detail };
  if (side.fact !== undefined) {
    const fact = factOrThrow(content, side.fact);
    return { label, value: formatValue(fact.value, fact.format, locale), sources, ...detail };
  }
  return { label, value: fillFacts(side.text!, content, locale), sources, ...detail };
}

/**
 * A correction ready to print: both sides labelled so a reader knows which is the document's and which is the
 * corrected or revised one, figures printed from facts, and the chapters it concerns with their titles.
 */
export function correctionView(
  correction: Correction,
  content: Content,
  chapterTitles: ReadonlyMap<string, string>,
  lang: Lang,
): CorrectionView {
  const t = useTranslations(lang);
  const locale = localeOf(lang);
  const document = sideView(correction.document, t("correction.document"), content, locale);
  const correct = sideView(correction.correct, t(`correction.${correction.kind}` as const), content, locale);
  return {
    id: correction.id,
    subject: fillFacts(correction.subject, content, locale),
    document,
    correct,
    explanation: fillFacts(correction.explanation, content, locale),
    chapters: correction.chapters.map((slug) => ({ slug, title: chapterTitles.get(slug) ?? slug })),
    sourceIds: [
      ...new Set([...sideSourceIds(correction.document, content), ...sideSourceIds(correction.correct, content)]),
    ],
  };
}
