import type { Source } from "../schemas/source.ts";
import { formatDate } from "../i18n/formatDate.ts";

/** Where a cited link is not the publisher's own page: a copy on another site, or an aggregator; `host` is the link's site. */
export interface Repost {
  kind: NonNullable<Source["repost"]>;
  /** The linked site's host name without "www.", e.g. "everycrsreport.com". */
  host: string;
}

/** The mark a cited source carries when its link is a repost; undefined for the publisher's own page or no link. */
export function repostOf(source: Source): Repost | undefined {
  if (!source.repost || !source.url) return undefined;
  return { kind: source.repost, host: new URL(source.url).hostname.replace(/^www\./, "") };
}

/** A source as a link label: "Publisher, Title (date)", with its repost mark where the link is not the publisher's. */
export interface SourceRef {
  id: string;
  publisher: string;
  title: string;
  date: string;
  /** The document's language (BCP 47), so its title can be marked `lang` where it differs from the page's. */
  language: string;
  url?: string;
  repost?: Repost;
}

/** Looks up source ids (in the given order) and formats their dates. */
export function sourceRefs(ids: string[], sources: ReadonlyMap<string, Source>, locale: string): SourceRef[] {
  return ids.map((id) => {
    const source = sources.get(id);
    if (!source) throw new Error(`unknown source id "${id}": expected one listed in content/sources/*.yaml`);
    const repost = repostOf(source);
    return {
      id,
      publisher: source.publisher,
      title: source.title,
      date: formatDate(source.date, locale),
      language: source.language,
      ...(source.url ? { url: source.url } : {}),
      ...(repost ? { repost } : {}),
    };
  });
}
