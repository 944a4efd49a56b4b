import type { APIRoute, GetStaticPaths } from "astro";
import { datasetIds } from "../../../site/datasetIndex.ts";
import { datasetCitable } from "../../../site/citable.ts";
import { citationResponse } from "../../../files/citationFiles.ts";
import { perLanguage } from "../../../i18n/lang.ts";
import { siteChapters } from "../../../site/chapters.ts";

export const getStaticPaths = (() =>
  perLanguage(() => datasetIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/** /data/<id>.ris: the dataset's citation as RIS, with its version. */
export const GET: APIRoute = async ({ params, props }) =>
  citationResponse(datasetCitable(params.id!, props.lang, await siteChapters(props.lang)), "ris");
