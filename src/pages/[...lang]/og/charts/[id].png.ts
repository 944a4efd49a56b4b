import type { APIRoute, GetStaticPaths } from "astro";
import { chartCardPng, chartIds } from "../../../site/chartModels.ts";

export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** The share card of /charts/<id>/ (at the path src/site/shareCardPath.ts gives that page): the chart itself. */
export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(chartCardPng(params.id!)), { headers: { "Content-Type": "image/png" } });
