import type { ChapterMeta } from "../schemas/chapter.ts";
import type { Update, UpdateKind, UpdateLink } from "../schemas/update.ts";
import { siteContentIn } from "../load/loadContent.ts";
import { siteUpdates } from "../load/loadUpdates.ts";
import { chartModelFor } from "./chartModels.ts";
import { formatDate } from "../i18n/formatDate.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import { absoluteUrl } from "../i18n/absoluteUrl.ts";
import { paths } from "../i18n/paths.ts";
import type { Lang } from "../config.ts";

/** One thing an update links to, as /updates/ and the feed print it. */
export interface UpdateTarget {
  label: string;
  /** Site path (for href()). */
  path: string;
  /** Full address (for the feed). */
  url: string;
}

/** One update as /updates/ and the Atom feed print it. */
export interface UpdateItem {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The date as the reader's language writes it. */
  dateText: string;
  kind: UpdateKind;
  kindLabel: string;
  title: string;
  summary: string;
  links: UpdateTarget[];
}

/** The /updates/ page and feed in one language. */
export interface UpdatesModel {
  items: UpdateItem[];
  /** The newest entry's date, YYYY-MM-DD (the feed's `updated`); the newest chapter's when there is no entry. */
  updated: string;
  pageUrl: string;
  feedUrl: string;
}

/** What one link of an update points to, in `lang`. */
function target(link: UpdateLink, lang: Lang, chapters: { data: ChapterMeta }[]): UpdateTarget {
  const content = siteContentIn(lang);
  const t = useTranslations(lang);
  const at = (label: string, path: string) => ({ label, path, url: absoluteUrl(path) });
  if (link.chapter) {
    const chapter = chapters.find((c) => c.data.slug === link.chapter);
    return at(
      chapter ? t("updates.chapter", { n: chapter.data.order, title: chapter.data.title }) : link.chapter,
      paths.chapter(link.chapter, lang),
    );
  }
  if (link.chart)
    return at(t("updates.chart", { title: chartModelFor(link.chart, lang).title }), paths.chart(link.chart, lang));
  if (link.dataset)
    return at(
      t("updates.dataset", { title: content.datasets.get(link.dataset)!.title }),
      paths.dataset(link.dataset, lang),
    );
  if (link.correction)
    return at(
      t("updates.correction", { subject: content.corrections.find((c) => c.id === link.correction)!.subject }),
      paths.correction(link.correction, lang),
    );
  const event = content.timeline.find((e) => e.id === link.event)!;
  return at(event.title, paths.event(event.id, lang));
}

const models = new Map<Lang, UpdatesModel>();
/** Every update, newest first, with its links in `lang`; built once per language. `chapters` is the language's chapter list. */
export function updatesModel(lang: Lang, chapters: { data: ChapterMeta }[]): UpdatesModel {
  let model = models.get(lang);
  if (model) return model;
  const t = useTranslations(lang);
  const item = (u: Update): UpdateItem => ({
    id: u.id,
    date: u.date,
    dateText: formatDate(u.date, localeOf(lang), "long"),
    kind: u.kind,
    kindLabel: t(`updates.kind.${u.kind}`),
    title: u.title,
    summary: u.summary,
    links: u.links.map((link) => target(link, lang, chapters)),
  });
  const items = siteUpdates(lang).map(item);
  const updated =
    items[0]?.date ??
    chapters
      .map((c) => c.data.updated)
      .sort()
      .at(-1) ??
    "1970-01-01";
  models.set(
    lang,
    (model = {
      items,
      updated,
      pageUrl: absoluteUrl(paths.updates(lang)),
      feedUrl: absoluteUrl(paths.updatesFeed(lang)),
    }),
  );
  return model;
}
