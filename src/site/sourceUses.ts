import type { Content } from "../load/loadContent.ts";
import type { Source } from "../schemas/source.ts";
import { factIdsIn } from "../load/factIdsIn.ts";
import { withInputs } from "./factView.ts";
import { formatDate } from "../i18n/formatDate.ts";
import { localeOf } from "../i18n/translations.ts";
import { chartTitle } from "./chartModels.ts";
import type { Lang } from "../config.ts";
import { repostOf, type Repost } from "./sourceRefs.ts";

/** A chapter as the sources page needs it: its frontmatter and its MDX body. */
export interface ChapterInput {
  slug: string;
  title: string;
  order: number;
  /** Frontmatter `sources`. */
  sources: string[];
  body: string;
}

/** Where a source is relied on across the site. */
export interface SourceUses {
  chapters: { slug: string; title: string }[];
  datasets: { id: string; title: string }[];
  /** Charts drawn from a dataset that cites the source (each has a page, /charts/<id>/). */
  charts: { id: string; title: string }[];
  events: { id: string; title: string }[];
  corrections: { id: string; subject: string }[];
}

/** A source as the sources page prints it. */
export interface SourceEntry {
  id: string;
  publisher: string;
  title: string;
  date: string;
  /** The date as written in the source file, for <time datetime>. */
  datetime: string;
  url?: string;
  /** BCP 47 code, for hreflang. */
  language: string;
  /** The language's name in the page's locale: "Spanish". */
  languageName: string;
  kind: Source["kind"];
  note?: string;
  /** Set when the link is a copy or an aggregator's page, not the publisher's own. */
  repost?: Repost;
  uses: SourceUses;
}

/** The order the page lists kinds of source in: who decided, then who reported and who argued. */
const KIND_ORDER: readonly Source["kind"][] = ["government", "law", "international", "advocacy", "research", "news"];

const idsIn = (body: string, tag: string, attribute = "id") =>
  [...body.matchAll(new RegExp(`<${tag}\\b[^>]*?\\b${attribute}=["']([^"']+)["']`, "g"))].map((m) => m[1]!);

/**
 * Every source a chapter relies on: its frontmatter `sources`, the sources of the facts it prints (and of their
 * inputs), of the charts and tables it shows, and of the sources it cites inline with `<Cite>`.
 */
export function chapterSourceIds(chapter: ChapterInput, content: Content): Set<string> {
  const facts = withInputs(content, factIdsIn(chapter.body)).flatMap((id) => content.facts.get(id)?.sources ?? []);
  const datasets = [
    ...idsIn(chapter.body, "Chart").map((id) => content.charts.get(id)?.dataset),
    ...idsIn(chapter.body, "Table", "dataset"),
  ];
  const rows = datasets.flatMap((id) => (id ? (content.datasets.get(id)?.rows.map((r) => r.source) ?? []) : []));
  return new Set([...chapter.sources, ...facts, ...rows, ...idsIn(chapter.body, "Cite")]);
}

/**
 * Every source with what it is and where the site relies on it: chapters, datasets, charts, timeline events and
 * corrections. `correctionSources` maps each correction id to the sources either side of it relies on.
 */
export function sourceEntries(
  content: Content,
  chapters: ChapterInput[],
  correctionSources: ReadonlyMap<string, { subject: string; sourceIds: string[] }>,
  lang: Lang,
): SourceEntry[] {
  const locale = localeOf(lang);
  const languageNames = new Intl.DisplayNames(locale, { type: "language" });
  const ordered = [...chapters].sort((a, b) => a.order - b.order);
  const chapterSources = new Map(ordered.map((c) => [c.slug, chapterSourceIds(c, content)]));
  const charts = [...content.charts.values()].map((c) => ({
    id: c.id,
    dataset: c.dataset,
    title: chartTitle(content, c.id, lang),
  }));
  const events = (content.timeline ?? []).map((e) => ({
    id: e.id,
    title: e.title,
    sources: new Set([...e.sources, ...e.alternatives.flatMap((a) => a.sources)]),
  }));
  return [...content.sources.values()].map((source): SourceEntry => {
    const cites = (ids: Iterable<string>) => new Set(ids).has(source.id);
    const datasets = [...content.datasets.values()].filter((d) => d.rows.some((r) => r.source === source.id));
    const datasetIds = new Set(datasets.map((d) => d.id));
    return {
      id: source.id,
      publisher: source.publisher,
      title: source.title,
      date: formatDate(source.date, locale, "long"),
      datetime: source.date,
      ...(source.url ? { url: source.url } : {}),
      language: source.language,
      languageName: languageNames.of(source.language) ?? source.language,
      kind: source.kind,
      ...(source.note ? { note: source.note } : {}),
      ...(repostOf(source) ? { repost: repostOf(source) } : {}),
      uses: {
        chapters: ordered
          .filter((c) => chapterSources.get(c.slug)!.has(source.id))
          .map((c) => ({ slug: c.slug, title: c.title })),
        datasets: datasets.map((d) => ({ id: d.id, title: d.title })),
        charts: charts.filter((c) => datasetIds.has(c.dataset)).map(({ id, title }) => ({ id, title })),
        events: events.filter((e) => e.sources.has(source.id)).map(({ id, title }) => ({ id, title })),
        corrections: [...correctionSources]
          .filter(([, c]) => cites(c.sourceIds))
          .map(([id, c]) => ({ id, subject: c.subject })),
      },
    };
  });
}

/** Sources grouped by kind in `KIND_ORDER`, each group by publisher, then date. */
export function groupByKind(
  entries: SourceEntry[],
  locale: string,
): { kind: Source["kind"]; sources: SourceEntry[] }[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return KIND_ORDER.map((kind) => ({
    kind,
    sources: entries
      .filter((e) => e.kind === kind)
      .sort((a, b) => collator.compare(a.publisher, b.publisher) || a.datetime.localeCompare(b.datetime)),
  })).filter((group) => group.sources.length > 0);
}
