import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { datasetFile } from "../../../files/datasetFiles.ts";
import { datasetIds } from "../../../site/datasetIndex.ts";
import { perLanguage } from "../../../i18n/lang.ts";

export const getStaticPaths = (() => perLanguage(() => datasetIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/** /data/<id>.txt: the dataset as a README: its title, columns, notes, sources, citation and licence. */
export const GET: APIRoute = async ({ params, props }) => new Response(datasetFile(params.id!, "txt", await getCollection("chapters"), props.lang), { headers: { "Content-Type": "text/plain; charset=utf-8" } });
