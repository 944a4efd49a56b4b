import type { APIRoute, GetStaticPaths } from "astro";
import { chartDownloadPng, chartIds } from "../../site/chartModels.ts";

export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** The chart as a PNG file, 1360 px wide, drawn at build time in the project's own font. */
export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(chartDownloadPng(params.id!)), { headers: { "Content-Type": "image/png" } });
