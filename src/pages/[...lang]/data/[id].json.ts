import type { APIRoute, GetStaticPaths } from "astro";
import { datasetFile } from "../../../files/datasetFiles.ts";
import { datasetIds } from "../../../site/datasetIndex.ts";
import { perLanguage } from "../../../i18n/lang.ts";
import { siteChapters } from "../../../site/chapters.ts";

export const getStaticPaths = (() =>
  perLanguage(() => datasetIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/** /data/<id>.json: the dataset as JSON: its description, columns, sources, citation, licence and rows. */
export const GET: APIRoute = async ({ params, props }) =>
  new Response(datasetFile(params.id!, "json", await siteChapters(props.lang), props.lang), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
