import type { ChapterMeta } from "../schemas/chapter.ts";
import { usesRef } from "../load/mdxRefs.ts";

/** A chapter as the chart, fact and event pages link to it. */
export interface ChapterRef {
  slug: string;
  title: string;
  order: number;
  updated: string;
}

/**
 * The chapters whose MDX uses `<Tag id="id" …/>` (a chart, a fact; or `<Table dataset="id" />` with attribute
 * "dataset"), in reading order, so a chart page can say which chapter it belongs to without anyone keeping a list.
 */
export function chaptersUsing<T extends { data: ChapterMeta; body?: string | undefined }>(
  chapters: T[],
  tag: "Chart" | "Fact" | "Table",
  id: string,
  attribute = "id",
): ChapterRef[] {
  return chapters
    .filter((c) => usesRef(c.body ?? "", tag, id, attribute))
    .sort((a, b) => a.data.order - b.data.order)
    .map((c) => ({ slug: c.data.slug, title: c.data.title, order: c.data.order, updated: c.data.updated }));
}

/** The date a chart or fact was last updated: the latest `updated` of the chapters that use it, else of any chapter. */
export function lastUpdated(using: ChapterRef[], all: { data: ChapterMeta }[]): string {
  const dates = (using.length ? using.map((c) => c.updated) : all.map((c) => c.data.updated)).sort();
  const latest = dates.at(-1);
  if (!latest) throw new Error("lastUpdated: expected at least one chapter with an `updated` date, found none");
  return latest;
}
