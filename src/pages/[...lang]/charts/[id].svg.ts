import type { APIRoute, GetStaticPaths } from "astro";
import { chartDownloadSvg, chartIds } from "../../site/chartModels.ts";

export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** The chart as an SVG file: title, legend, chart, sources and licence, coloured for a white page. */
export const GET: APIRoute = ({ params }) => new Response(chartDownloadSvg(params.id!), { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
