import type { APIRoute } from "astro";
import { bundleScript } from "../../files/bundleScript.ts";

/** /embed/frame.js: the embed page's classic script (src/client/embedFrame.ts). */
export const GET: APIRoute = async () =>
  new Response(await bundleScript("src/client/embedFrame.ts"), {
    headers: { "Content-Type": "text/javascript; charset=utf-8" },
  });
