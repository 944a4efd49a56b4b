import type { Source } from "../schemas/source.ts";
import { timelineCategories, type TimelineCategory } from "../schemas/timelineEvent.ts";
import type { TimelineEvent } from "../load/loadTimeline.ts";
import { formatDate } from "../i18n/formatDate.ts";
import { sourceRefs, type SourceRef } from "./sourceRefs.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import type { Lang } from "../config.ts";

/** A date as the page prints it: machine-readable for <time datetime>, and text at the date's own precision. */
export interface WhenView {
  datetime: string;
  text: string;
}

/** One event as the timeline page and excerpts print it. */
export interface EventView {
  id: string;
  year: number;
  title: string;
  summary: string;
  category: TimelineCategory;
  categoryLabel: string;
  when: WhenView;
  alternatives: (WhenView & { note: string; sources: SourceRef[] })[];
  actors: string;
  sources: SourceRef[];
  related: { href: string; label: string }[];
}

/** Where a related chapter or chart lives, and what it is called; undefined when it has no page to link to. */
export interface RelatedLookup {
  chapter(slug: string): { href: string; title: string } | undefined;
  chart(id: string): { href: string; title: string } | undefined;
}

/** The years a period filter spans. */
export interface Period {
  id: string;
  from: number;
  to: number;
  label: string;
}

/** The talks (2018) and the deals that followed (2019) get periods of their own; the years around them are grouped. */
const PERIOD_BREAKS = [2018, 2019, 2020];

export const categoryLabel = (category: TimelineCategory, lang: Lang) =>
  useTranslations(lang)(`timeline.category.${category}`);

/** Prints an event's date, or its span of days ("May 17 – 18, 2018"), at its precision. */
export function whenView(date: string, end: string | undefined, locale: string): WhenView {
  if (end === undefined) return { datetime: date, text: formatDate(date, locale, "long") };
  const [a, b] = [date, end].map((d) => new Date(`${d.padEnd(7, "-01").padEnd(10, "-01")}T00:00:00Z`));
  const dayRange = date.length === 10 && end.length === 10;
  const text = dayRange
    ? new Intl.DateTimeFormat(locale, { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" }).formatRange(
        a!,
        b!,
      )
    : `${formatDate(date, locale, "long")} – ${formatDate(end, locale, "long")}`;
  return { datetime: date, text };
}

/**
 * Turns validated events into what the page prints: dates, category labels, sources and related links. `figures`
 * prints the `{fact-id}` tokens of summaries and notes (src/site/fillFacts.ts).
 */
export function eventViews(
  events: TimelineEvent[],
  sources: ReadonlyMap<string, Source>,
  related: RelatedLookup,
  lang: Lang,
  figures: (text: string) => string,
): EventView[] {
  const t = useTranslations(lang);
  const locale = localeOf(lang);
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  return events.map((event) => ({
    id: event.id,
    year: event.year,
    title: event.title,
    summary: figures(event.summary.trim()),
    category: event.category,
    categoryLabel: categoryLabel(event.category, lang),
    when: whenView(event.date, event.end, locale),
    alternatives: event.alternatives.map((alt) => ({
      ...whenView(alt.date, undefined, locale),
      note: figures(alt.note.trim()),
      sources: sourceRefs(alt.sources, sources, locale),
    })),
    actors: list.format(event.actors),
    sources: sourceRefs(event.sources, sources, locale),
    related: [
      ...event.related.chapters.flatMap((slug) => {
        const chapter = related.chapter(slug);
        return chapter ? [{ href: chapter.href, label: t("timeline.relatedChapter", { title: chapter.title }) }] : [];
      }),
      ...event.related.charts.flatMap((id) => {
        const chart = related.chart(id);
        return chart ? [{ href: chart.href, label: t("timeline.relatedChart", { title: chart.title }) }] : [];
      }),
    ],
  }));
}

/** Events grouped by year, oldest first, for the list's year headings. */
export function byYear<T extends { year: number }>(events: T[]): { year: number; events: T[] }[] {
  const years = new Map<number, T[]>();
  for (const event of events) years.set(event.year, [...(years.get(event.year) ?? []), event]);
  return [...years].sort(([a], [b]) => a - b).map(([year, list]) => ({ year, events: list }));
}

/** The period filter's options, from the first year with an event to the last. */
export function periods(events: { year: number }[]): Period[] {
  if (events.length === 0) return [];
  const first = Math.min(...events.map((e) => e.year));
  const last = Math.max(...events.map((e) => e.year));
  const starts = [first, ...PERIOD_BREAKS.filter((y) => y > first && y <= last)];
  return starts.map((from, i) => {
    const to = i + 1 < starts.length ? starts[i + 1]! - 1 : last;
    return {
      id: from === to ? String(from) : `${from}-${to}`,
      from,
      to,
      label: from === to ? String(from) : `${from}–${to}`,
    };
  });
}

/** The categories that have events, in the schema's order, with their counts. */
export function categoryCounts(
  events: { category: TimelineCategory }[],
  lang: Lang,
): { category: TimelineCategory; label: string; count: number }[] {
  return timelineCategories
    .map((category) => ({
      category,
      label: categoryLabel(category, lang),
      count: events.filter((e) => e.category === category).length,
    }))
    .filter((c) => c.count > 0);
}
