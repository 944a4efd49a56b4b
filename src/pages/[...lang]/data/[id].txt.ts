import type { APIRoute, GetStaticPaths } from "astro";
import { datasetFile } from "../../../files/datasetFiles.ts";
import { datasetIds } from "../../../site/datasetIndex.ts";
import { perLanguage } from "../../../i18n/lang.ts";
import { siteChapters } from "../../../site/chapters.ts";

export const getStaticPaths = (() =>
  perLanguage(() => datasetIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/** /data/<id>.txt: the dataset as a README: its title, columns, notes, sources, citation and licence. */
export const GET: APIRoute = async ({ params, props }) =>
  new Response(datasetFile(params.id!, "txt", await siteChapters(props.lang), props.lang), {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
