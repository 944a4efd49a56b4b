import type { SourceRef } from "./sourceRefs.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import type { Lang } from "../config.ts";

/** "A (date); B (date)": every source of a chart with its date, for images and citations. */
const sourcesWithDates = (sources: SourceRef[]) => sources.map((s) => `${s.publisher} (${s.date})`).join("; ");

const uniquePublishers = (sources: SourceRef[]) => [...new Set(sources.map((s) => s.publisher))];

/** "A, B and C": each publisher once, for lines that must stay short. */
export function publishers(sources: SourceRef[], locale: string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(uniquePublishers(sources));
}

/** "Source: A." or "Sources: A (date); B (date).": the line under a chart image or on a card. */
export function sourcesLine(sources: SourceRef[], lang: Lang, withDates: boolean): string {
  const locale = localeOf(lang);
  const count = withDates ? sources.length : uniquePublishers(sources).length;
  const list = withDates ? sourcesWithDates(sources) : publishers(sources, locale);
  return useTranslations(lang)(count === 1 ? "reuse.imageSource" : "reuse.imageSources", { list });
}
