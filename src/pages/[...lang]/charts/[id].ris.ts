import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds } from "../../../site/chartModels.ts";
import { chartCitable } from "../../../site/citable.ts";
import { citationResponse } from "../../../files/citationFiles.ts";
import { perLanguage } from "../../../i18n/lang.ts";
import { siteChapters } from "../../../site/chapters.ts";

export const getStaticPaths = (() =>
  perLanguage(() => chartIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/** /charts/<id>.ris: the chart's citation as RIS, with its version. */
export const GET: APIRoute = async ({ params, props }) =>
  citationResponse(chartCitable(params.id!, props.lang, await siteChapters(props.lang)), "ris");
