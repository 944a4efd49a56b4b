import type { APIRoute, GetStaticPaths } from "astro";
import { chartCardPng } from "../../../../files/chartImages.ts";
import { chartIds } from "../../../../site/chartModels.ts";
import { perLanguage } from "../../../../i18n/lang.ts";

export const getStaticPaths = (() =>
  perLanguage(() => chartIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/** The share card of /charts/<id>/ (at the path src/site/shareCardPath.ts gives that page): the chart itself. */
export const GET: APIRoute = async ({ params, props }) =>
  new Response(new Uint8Array(await chartCardPng(params.id!, props.lang)), {
    headers: { "Content-Type": "image/png" },
  });
