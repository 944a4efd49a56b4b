import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { datasetFile } from "../../files/datasetFiles.ts";
import { datasetIds } from "../../site/datasetIndex.ts";

export const getStaticPaths = (() => datasetIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** /data/<id>.csv: the dataset as CSV: one row per record, with its source and note columns and the source's publisher, title and address. */
export const GET: APIRoute = async ({ params }) => new Response(datasetFile(params.id!, "csv", await getCollection("chapters")), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
