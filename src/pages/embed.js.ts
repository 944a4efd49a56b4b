import type { APIRoute } from "astro";
import { bundleScript } from "../files/bundleScript.ts";

/** /embed.js: the optional host-page script that sizes chart frames exactly (src/client/embedHost.ts). */
export const GET: APIRoute = async () =>
  new Response(await bundleScript("src/client/embedHost.ts"), {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
