import { href } from "./url.ts";

/**
 * The full address of a site path, for anything read off the site: canonical links, share cards, embed snippets,
 * citations, the sitemap. The origin is `site` in astro.config.mjs (set with SITE_URL); the base is BASE_PATH.
 */
export function absoluteUrl(
  path: string,
  site: string = import.meta.env.SITE,
  base: string = import.meta.env.BASE_URL,
): string {
  if (!site) throw new Error("absoluteUrl: expected `site` in astro.config.mjs (SITE_URL), found none");
  return new URL(href(path, base), site).href;
}

/** An address as a reader would type it: no scheme, no trailing slash after the host alone. */
export const displayUrl = (url: string) => url.replace(/^https?:\/\//, "").replace(/^([^/]+)\/$/, "$1");
