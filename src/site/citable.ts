import type { ChapterMeta } from "../schemas/chapter.ts";
import { siteContentIn } from "../load/loadContent.ts";
import { siteUpdates } from "../load/loadUpdates.ts";
import { chaptersUsing, lastUpdated } from "./chaptersUsing.ts";
import { chartInputs, datasetInputs, lastChanged, versionOf, type Version } from "./versions.ts";
import { chartModelFor } from "./chartModels.ts";
import { useTranslations } from "../i18n/translations.ts";
import { absoluteUrl } from "../i18n/absoluteUrl.ts";
import { paths } from "../i18n/paths.ts";
import type { Lang } from "../config.ts";

/** What can be cited on its own. */
export type CitableKind = "chart" | "dataset" | "chapter";

/** One chart, dataset or chapter as every citation format needs it, in one language. */
export interface Citable {
  kind: CitableKind;
  id: string;
  title: string;
  /** What it is, in the reader's language ("Chart", "Data set"); none for a chapter, which is a web page. */
  genre?: string;
  /** Its stable address. */
  url: string;
  /** The site, which is the author and publisher. */
  siteName: string;
  lang: Lang;
  version: Version;
  /** Site paths of its citation files. */
  files: { csl: string; ris: string };
}

/** A chapter as the citations need it: its frontmatter and MDX body. */
type ChapterLike = { data: ChapterMeta; body?: string | undefined };

const cache = new Map<string, Citable>();
const once = (key: string, make: () => Citable) => cache.get(key) ?? (cache.set(key, make()), cache.get(key)!);

function citable(
  kind: CitableKind,
  id: string,
  lang: Lang,
  title: string,
  genre: string | undefined,
  url: string,
  version: Version,
): Citable {
  const t = useTranslations(lang);
  return {
    kind,
    id,
    title,
    genre,
    url,
    siteName: t("site.title"),
    lang,
    version,
    files: { csl: paths.citation(kind, id, "csl.json", lang), ris: paths.citation(kind, id, "ris", lang) },
  };
}

/** A chart, cited: its version dates from the latest update naming it or its dataset, else the chapters that use it. */
export function chartCitable(id: string, lang: Lang, chapters: ChapterLike[]): Citable {
  return once(`chart:${id}:${lang}`, () => {
    const content = siteContentIn(lang);
    const dataset = content.charts.get(id)!.dataset;
    const date =
      lastChanged(siteUpdates(), [{ chart: id }, { dataset }]) ??
      lastUpdated(chaptersUsing(chapters, "Chart", id), chapters);
    const t = useTranslations(lang);
    return citable(
      "chart",
      id,
      lang,
      chartModelFor(id, lang).title,
      t("card.chart"),
      absoluteUrl(paths.chart(id, lang)),
      versionOf(date, chartInputs(content, id)),
    );
  });
}

/** A dataset, cited: dated by the latest update naming it or a chart drawn from it, else the chapters that show it. */
export function datasetCitable(id: string, lang: Lang, chapters: ChapterLike[]): Citable {
  return once(`dataset:${id}:${lang}`, () => {
    const content = siteContentIn(lang);
    const charts = [...content.charts.values()].filter((c) => c.dataset === id).map((c) => c.id);
    const using = [
      ...chaptersUsing(chapters, "Table", id, "dataset"),
      ...charts.flatMap((chart) => chaptersUsing(chapters, "Chart", chart)),
    ];
    const date =
      lastChanged(siteUpdates(), [{ dataset: id }, ...charts.map((chart) => ({ chart }))]) ??
      lastUpdated(using, chapters);
    const t = useTranslations(lang);
    return citable(
      "dataset",
      id,
      lang,
      content.datasets.get(id)!.title,
      t("cite.dataset"),
      absoluteUrl(paths.dataset(id, lang)),
      versionOf(date, datasetInputs(content, id)),
    );
  });
}

/** A chapter, cited: dated by its `updated` or a later update naming it; its inputs are its frontmatter and text. */
export function chapterCitable(chapter: ChapterLike, lang: Lang): Citable {
  const slug = chapter.data.slug;
  return once(`chapter:${slug}:${lang}`, () => {
    const date = [chapter.data.updated, lastChanged(siteUpdates(), [{ chapter: slug }]) ?? ""].sort().at(-1)!;
    return citable(
      "chapter",
      slug,
      lang,
      chapter.data.title,
      undefined,
      absoluteUrl(paths.chapter(slug, lang)),
      versionOf(date, { meta: chapter.data, body: chapter.body ?? "" }),
    );
  });
}
