import type { APIRoute, GetStaticPaths } from "astro";
import { chartDownloadSvg } from "../../../files/chartImages.ts";
import { chartIds } from "../../../site/chartModels.ts";
import { perLanguage } from "../../../i18n/lang.ts";

export const getStaticPaths = (() =>
  perLanguage(() => chartIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/** The chart as an SVG file: title, legend, chart, sources and licence, coloured for a white page. */
export const GET: APIRoute = ({ params, props }) =>
  new Response(chartDownloadSvg(params.id!, props.lang), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8" },
  });
