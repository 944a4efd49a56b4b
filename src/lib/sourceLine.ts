import type { SourceRef } from "./sourceRefs.ts";

/** "A (date); B (date)": every source of a chart with its date, for images and citations. */
export const sourcesWithDates = (sources: SourceRef[]) => sources.map((s) => `${s.publisher} (${s.date})`).join("; ");

/** "A, B and C": each publisher once, for lines that must stay short. */
export function publishers(sources: SourceRef[], locale: string): string {
  return new Intl.ListFormat(locale, { type: "conjunction" }).format([...new Set(sources.map((s) => s.publisher))]);
}
