import type { ChapterMeta } from "../schemas/chapter.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { siteContent } from "../load/loadContent.ts";
import { absoluteUrl } from "../i18n/absoluteUrl.ts";
import { chaptersUsing, lastUpdated } from "./chaptersUsing.ts";
import { useTranslations } from "../i18n/translations.ts";
import { paths } from "../i18n/paths.ts";
import { LICENCE, type Lang } from "../config.ts";

/** What the files say about where they live and how to cite them. */
export interface DatasetFileContext {
  siteName: string;
  /** Absolute URLs of the dataset's files and of the page that explains it. */
  urls: { csv: string; json: string; readme: string; page: string };
  /** Last updated, YYYY-MM-DD. */
  updated: string;
  /** "Data set", the APA descriptor. */
  kind: string;
  /** The licence in words, with its URL. */
  licence: { name: string; url: string };
  /** The language the files' words are in. */
  lang: Lang;
}

/** Every dataset id, for getStaticPaths. */
export const datasetIds = () => [...siteContent().datasets.keys()];

/** The charts that draw a dataset. */
export const chartsOf = (datasetId: string) =>
  [...siteContent().charts.values()].filter((c) => c.dataset === datasetId).map((c) => c.id);

/** Where a dataset's files live and how to cite it; its date is the latest update of the chapters that show it. */
export function datasetContext(
  dataset: Dataset,
  chapters: { data: ChapterMeta; body?: string | undefined }[],
  lang: Lang,
): DatasetFileContext {
  const t = useTranslations(lang);
  const using = [
    ...chartsOf(dataset.id).flatMap((id) => chaptersUsing(chapters, "Chart", id)),
    ...chaptersUsing(chapters, "Table", dataset.id, "dataset"),
  ];
  return {
    siteName: t("site.title"),
    urls: {
      csv: absoluteUrl(paths.dataFile(dataset.id, "csv", lang)),
      json: absoluteUrl(paths.dataFile(dataset.id, "json", lang)),
      readme: absoluteUrl(paths.dataFile(dataset.id, "txt", lang)),
      page: absoluteUrl(paths.dataset(dataset.id, lang)),
    },
    updated: lastUpdated(using, chapters),
    kind: t("data.kind"),
    licence: { name: t("reuse.licenceName"), url: LICENCE.url },
    lang,
  };
}
