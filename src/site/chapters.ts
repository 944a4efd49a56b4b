import type { ChapterMeta } from "../schemas/chapter.ts";
import { DEFAULT_LANG, PSEUDO_LANG, type Lang } from "../config.ts";

/** A chapter as navigation needs it. */
export interface ChapterLink {
  slug: string;
  title: string;
  order: number;
}

/** Sorts chapters by `order`, failing on two chapters with the same order or slug. */
export function orderChapters<T extends { data: ChapterMeta; filePath?: string | undefined }>(entries: T[]): T[] {
  const sorted = [...entries].sort((a, b) => a.data.order - b.data.order);
  sorted.forEach((entry, i) => {
    const previous = sorted[i - 1];
    if (previous && (previous.data.order === entry.data.order || previous.data.slug === entry.data.slug)) {
      throw new Error(
        `${entry.filePath ?? entry.data.slug}: expected a unique order and slug, found order ${entry.data.order} and slug "${entry.data.slug}" also used by ${previous.filePath ?? previous.data.slug}`,
      );
    }
  });
  return sorted;
}

/** The chapters before and after `slug` in reading order. */
export function neighbours<T extends { data: ChapterMeta }>(sorted: T[], slug: string): { previous?: T; next?: T } {
  const at = sorted.findIndex((c) => c.data.slug === slug);
  return {
    ...(at > 0 ? { previous: sorted[at - 1] } : {}),
    ...(at >= 0 && at < sorted.length - 1 ? { next: sorted[at + 1] } : {}),
  };
}

/** A chapter entry as Astro's collection gives it: frontmatter, MDX body, file. */
export interface ChapterEntry {
  id: string;
  data: ChapterMeta;
  body?: string | undefined;
  filePath?: string | undefined;
}

/**
 * A chapter as every page needs it: its collection entry (for `render()`), with its frontmatter's fields and its MDX
 * body beside it, so one object serves navigation, the sources page, the timeline's links and `chaptersUsing`.
 */
export type Chapter<E extends ChapterEntry = ChapterEntry> = E & ChapterMeta & { body: string };

/**
 * The chapter index of a build, memoised per language: `load` reads the collection once, the chapters are checked
 * (unique order and slug) and sorted once, and every page gets the same list. `load` is injected for tests.
 */
export function chapterIndex<E extends ChapterEntry>(load: () => Promise<E[]>): (lang: Lang) => Promise<Chapter<E>[]> {
  const byLang = new Map<Lang, Promise<Chapter<E>[]>>();
  let entries: Promise<E[]> | undefined;
  return (lang) => {
    let chapters = byLang.get(lang);
    if (!chapters) {
      // English chapters are at the top of content/chapters/ (ids "the-deal"); another language's in its folder ("es/the-deal").
      const inLang = (entry: E) => (lang === DEFAULT_LANG ? !entry.id.includes("/") : entry.id.startsWith(`${lang}/`));
      chapters = (entries ??= load()).then((all) => {
        const mine = all.filter(inLang);
        // The pseudo-language (i18n test) has no chapters of its own: it shows the English ones.
        return orderChapters(mine.length || lang !== PSEUDO_LANG ? mine : all.filter((e) => !e.id.includes("/"))).map(
          (entry) => ({ ...entry, ...entry.data, body: entry.body ?? "" }),
        );
      });
      byLang.set(lang, chapters);
    }
    return chapters;
  };
}

/** The site's chapters in reading order, read from Astro's collection once per build and language. */
export const siteChapters = chapterIndex(async () => (await import("astro:content")).getCollection("chapters"));
