import type { APIRoute, GetStaticPaths } from "astro";
import { factCardPng, keyFacts } from "../../../files/factFiles.ts";

export const getStaticPaths = (() => keyFacts().map((fact) => ({ params: { id: fact.id } }))) satisfies GetStaticPaths;

/** The share card of /facts/<id>/ (at the path src/site/shareCardPath.ts gives that page): the figure, the claim, the sources. */
export const GET: APIRoute = ({ params }) => new Response(new Uint8Array(factCardPng(params.id!)), { headers: { "Content-Type": "image/png" } });
