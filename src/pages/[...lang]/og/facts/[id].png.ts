import type { APIRoute, GetStaticPaths } from "astro";
import { factCardPng, keyFacts } from "../../../../files/factFiles.ts";
import { perLanguage } from "../../../../i18n/lang.ts";

export const getStaticPaths = (() =>
  perLanguage((lang) => keyFacts(lang).map((fact) => ({ params: { id: fact.id } })))) satisfies GetStaticPaths;

/** The share card of /facts/<id>/ (at the path src/site/shareCardPath.ts gives that page): the figure, the claim, the sources. */
export const GET: APIRoute = async ({ params, props }) =>
  new Response(new Uint8Array(await factCardPng(params.id!, props.lang)), { headers: { "Content-Type": "image/png" } });
