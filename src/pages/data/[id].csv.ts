import type { APIRoute, GetStaticPaths } from "astro";
import { datasetCsvFile } from "../../files/datasetFiles.ts";
import { datasetIds } from "../../site/datasetIndex.ts";

export const getStaticPaths = (() => datasetIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /data/<id>.csv: the dataset as CSV: one row per record, with its source and note columns and the source's publisher, title and address. */
export const GET: APIRoute = ({ params }) =>
  new Response(datasetCsvFile(params.id!), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
