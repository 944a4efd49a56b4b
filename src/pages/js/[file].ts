import type { APIRoute, GetStaticPaths } from "astro";
import { bundleModules } from "../../files/bundleScript.ts";
import { PAGE_SCRIPT_ENTRY } from "../../files/pageScript.ts";

/** /js/<name>.<hash>.js: the pages' script and the parts it imports (src/client/enhance.ts, src/files/pageScript.ts). */
export const getStaticPaths = (async () =>
  (await bundleModules(PAGE_SCRIPT_ENTRY)).files.map(({ name, code }) => ({
    params: { file: name },
    props: { code },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { code: string }).code, { headers: { "Content-Type": "text/javascript; charset=utf-8" } });
