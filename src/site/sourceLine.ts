import type { SourceRef } from "./sourceRefs.ts";
import { t } from "../i18n/translations.ts";

/** "A (date); B (date)": every source of a chart with its date, for images and citations. */
export const sourcesWithDates = (sources: SourceRef[]) => sources.map((s) => `${s.publisher} (${s.date})`).join("; ");

const uniquePublishers = (sources: SourceRef[]) => [...new Set(sources.map((s) => s.publisher))];

/** "A, B and C": each publisher once, for lines that must stay short. */
export function publishers(sources: SourceRef[], locale: string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format(uniquePublishers(sources));
}

/** "Source: A." or "Sources: A (date); B (date).": the line under a chart image or on a card. */
export function sourcesLine(sources: SourceRef[], locale: string, withDates: boolean): string {
  const count = withDates ? sources.length : uniquePublishers(sources).length;
  const list = withDates ? sourcesWithDates(sources) : publishers(sources, locale);
  return t(count === 1 ? "reuse.imageSource" : "reuse.imageSources", { list });
}
