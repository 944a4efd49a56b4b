import type { APIRoute, GetStaticPaths } from "astro";
import { chartDownloadPng } from "../../../files/chartImages.ts";
import { chartIds } from "../../../site/chartModels.ts";
import { perLanguage } from "../../../i18n/lang.ts";

export const getStaticPaths = (() =>
  perLanguage(() => chartIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/** The chart as a PNG file, 1360 px wide, drawn at build time in the project's own font. */
export const GET: APIRoute = async ({ params, props }) =>
  new Response(new Uint8Array(await chartDownloadPng(params.id!, props.lang)), {
    headers: { "Content-Type": "image/png" },
  });
