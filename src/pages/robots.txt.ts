import type { APIRoute } from "astro";
import { absoluteUrl } from "../i18n/absoluteUrl.ts";

/** robots.txt: everything may be crawled (embed pages say noindex themselves); the sitemap is written after the build. */
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("/sitemap.xml")}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
