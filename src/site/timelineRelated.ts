import type { Content } from "../load/loadContent.ts";
import { usesRef } from "../load/mdxRefs.ts";
import type { RelatedLookup } from "./timelineModel.ts";
import { chartModules } from "../charts/index.ts";
import { href } from "../i18n/url.ts";
import { paths } from "../i18n/paths.ts";
import { chartTitle } from "./chartModels.ts";
import type { Lang } from "../config.ts";

/** A chapter as the timeline needs it: where it is, what it is called, and its MDX (to find the charts it embeds). */
export interface ChapterRef {
  slug: string;
  title: string;
  body: string;
}

/**
 * Resolves an event's related chapters and charts to links: a chapter to its page; a chart to its own page
 * (/charts/<id>/, built for every chart module), or else to the first chapter that embeds it, at the figure's id.
 * A chart with neither has nowhere to link yet, and is left out.
 */
export function relatedLookup(chapters: ChapterRef[], content: Content, lang: Lang): RelatedLookup {
  const titles = new Map(chapters.map((c) => [c.slug, c.title]));
  return {
    chapter: (slug) =>
      titles.has(slug) ? { href: href(paths.chapter(slug, lang)), title: titles.get(slug)! } : undefined,
    chart(id) {
      const home = chapters.find((c) => usesRef(c.body, "Chart", id));
      const text = content.charts.get(id);
      const module = chartModules.get(id);
      if (!text || (!module && !home)) return undefined;
      return {
        href: href(module ? paths.chart(id, lang) : `${paths.chapter(home!.slug, lang)}#${id}`),
        title: chartTitle(content, id, lang),
      };
    },
  };
}
