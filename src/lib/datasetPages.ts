import type { ChapterMeta } from "../schemas/chapter.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { siteContent } from "./loadContent.ts";
import { absoluteUrl } from "./absoluteUrl.ts";
import { chaptersUsing, lastUpdated } from "./chaptersUsing.ts";
import { datasetCsv, datasetJson, datasetReadme, type DatasetFileContext } from "./datasetFiles.ts";
import { t } from "./i18n.ts";

export const LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

/** Every dataset id, for getStaticPaths. */
export const datasetIds = () => [...siteContent().datasets.keys()];

/** The charts that draw a dataset. */
export const chartsOf = (datasetId: string) => [...siteContent().charts.values()].filter((c) => c.dataset === datasetId).map((c) => c.id);

/** Where a dataset's files live and how to cite it; its date is the latest update of the chapters that show it. */
export function datasetContext(dataset: Dataset, chapters: { data: ChapterMeta; body?: string | undefined }[]): DatasetFileContext {
  const using = [...chartsOf(dataset.id).flatMap((id) => chaptersUsing(chapters, "Chart", id)), ...chaptersUsing(chapters, "Table", dataset.id, "dataset")];
  return {
    siteName: t("site.title"),
    urls: {
      csv: absoluteUrl(`/data/${dataset.id}.csv`),
      json: absoluteUrl(`/data/${dataset.id}.json`),
      readme: absoluteUrl(`/data/${dataset.id}.txt`),
      page: absoluteUrl(`/data/#${dataset.id}`),
    },
    updated: lastUpdated(using, chapters),
    kind: t("data.kind"),
    licence: { name: t("reuse.licenceName"), url: LICENCE_URL },
  };
}

/** The three files of a dataset, by extension. */
export function datasetFile(id: string, kind: "csv" | "json" | "txt", chapters: { data: ChapterMeta; body?: string | undefined }[]): string {
  const content = siteContent();
  const dataset = content.datasets.get(id);
  if (!dataset) throw new Error(`dataset "${id}": expected one of ${datasetIds().join(", ")}, found an unknown id`);
  if (kind === "csv") return datasetCsv(dataset, content.sources);
  const context = datasetContext(dataset, chapters);
  return kind === "json" ? datasetJson(dataset, content.sources, context) : datasetReadme(dataset, content.sources, context);
}
