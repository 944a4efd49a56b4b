import type { ChapterMeta } from "../schemas/chapter.ts";

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
      throw new Error(`${entry.filePath ?? entry.data.slug}: expected a unique order and slug, found order ${entry.data.order} and slug "${entry.data.slug}" also used by ${previous.filePath ?? previous.data.slug}`);
    }
  });
  return sorted;
}

/** The chapters before and after `slug` in reading order. */
export function neighbours<T extends { data: ChapterMeta }>(sorted: T[], slug: string): { previous?: T; next?: T } {
  const at = sorted.findIndex((c) => c.data.slug === slug);
  return { ...(at > 0 ? { previous: sorted[at - 1] } : {}), ...(at >= 0 && at < sorted.length - 1 ? { next: sorted[at + 1] } : {}) };
}
