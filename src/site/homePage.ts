import { readYaml } from "../load/readYaml.ts";
import { ContentError } from "../load/contentError.ts";
import { FACT_TOKEN } from "../load/factTokens.ts";
import { usesRef } from "../load/mdxRefs.ts";
import type { Content } from "../load/loadContent.ts";
import { homePageSchema } from "../schemas/home.ts";
import { formatDate } from "../i18n/formatDate.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import { paths } from "../i18n/paths.ts";
import type { Lang } from "../config.ts";
import { factView } from "./factView.ts";

/** A chapter as the home page needs it. */
export interface HomeChapter {
  slug: string;
  title: string;
  dek: string;
  order: number;
  /** YYYY-MM-DD of its last substantive change. */
  updated: string;
  body: string;
}

/** A piece of the one-line answer: words, or a figure that links to its note in the chapter that quotes it. */
export type AnswerPart = { text: string } | { fact: string; value: string; path: string; sources: string };

/** Everything the home page prints beyond the key facts, computed once per language. */
export interface HomeView {
  question: string;
  answer: AnswerPart[];
  leadChart: string;
  /** Timeline event ids for the teaser, in order. */
  timeline: string[];
  chapters: { n: number; title: string; dek: string; path: string }[];
  /** The latest `updated` of any chapter. */
  updated: { datetime: string; text: string };
}

/**
 * Reads content/pages/home.yaml and checks its ids (the lead chart, the timeline events) against the content, failing
 * with the file, the line, what was expected and what was found; then builds the page's words and chapter cards.
 */
export function homeView(file: string, label: string, content: Content, chapters: HomeChapter[], lang: Lang): HomeView {
  const { data, lineOf } = readYaml(file, label, homePageSchema);
  if (!content.charts.has(data.leadChart))
    throw new ContentError(
      label,
      lineOf(["leadChart"]),
      `field "leadChart": expected a chart id from content/charts/<id>.yaml, found unknown "${data.leadChart}"`,
    );
  const events = new Set(content.timeline.map((e) => e.id));
  data.timeline.forEach((id, i) => {
    if (!events.has(id))
      throw new ContentError(
        label,
        lineOf(["timeline", i]),
        `field "timeline": expected an event id from content/timeline/*.yaml, found unknown "${id}"`,
      );
  });
  const t = useTranslations(lang);
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  const latest = ordered
    .map((c) => c.updated)
    .sort()
    .at(-1);
  if (!latest) throw new Error("homeView: expected at least one chapter with an `updated` date, found none");
  return {
    question: t("home.question"),
    answer: answerParts(t("home.answer"), content, ordered, lang),
    leadChart: data.leadChart,
    timeline: data.timeline,
    chapters: ordered.map((c) => ({ n: c.order, title: c.title, dek: c.dek, path: paths.chapter(c.slug, lang) })),
    updated: { datetime: latest, text: formatDate(latest, localeOf(lang), "long") },
  };
}

/** Splits a text at its `{fact-id}` tokens; each figure links to its note in the first chapter that quotes it. */
export function answerParts(text: string, content: Content, chapters: HomeChapter[], lang: Lang): AnswerPart[] {
  return text.split(FACT_TOKEN).flatMap((piece, i): AnswerPart[] => {
    if (i % 2 === 0) return piece ? [{ text: piece }] : [];
    const chapter = chapters.find((c) => usesRef(c.body, "Fact", piece));
    if (!chapter)
      throw new Error(
        `content/ui/${lang}.json: "home.answer": expected {${piece}} to name a fact that a chapter quotes with <Fact id="${piece}" />, found none`,
      );
    const view = factView(content, piece, lang);
    return [
      {
        fact: piece,
        value: view.text,
        path: `${paths.chapter(chapter.slug, lang)}#fact-${piece}`,
        sources: view.sources.map((s) => s.publisher).join("; "),
      },
    ];
  });
}
