import type { Source } from "../schemas/source.ts";
import { formatDate } from "../i18n/formatDate.ts";

/** A source as a link label: "Publisher, Title (date)". */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  date: string;
  url?: string;
}

/** Looks up source ids (in the given order) and formats their dates. */
export function sourceRefs(ids: string[], sources: ReadonlyMap<string, Source>, locale: string): SourceRef[] {
  return ids.map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`unknown source id "${id}": expected one listed in content/sources/*.yaml`);
    return { id, publisher: source.publisher, title: source.title, date: formatDate(source.date, locale), ...(source.url ? { url: source.url } : {}) };
  });
}
