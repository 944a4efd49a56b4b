import type { APIRoute, GetStaticPaths } from "astro";
import { datasetCsvFile } from "../../../files/datasetFiles.ts";
import { datasetIds } from "../../../site/datasetIndex.ts";
import { perLanguage } from "../../../i18n/lang.ts";

export const getStaticPaths = (() =>
  perLanguage(() => datasetIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/**
 * /data/<id>.csv (and /es/data/<id>.csv): the dataset as CSV, one row per record with its source and note columns and
 * the source's publisher, title and address. Column names are the same codes in every language; the cells' words
 * (notes, where in the source) are the page's language.
 */
export const GET: APIRoute = ({ params, props }) =>
  new Response(datasetCsvFile(params.id!, props.lang), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
