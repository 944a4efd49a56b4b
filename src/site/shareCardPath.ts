import { localePath, pathLanguage } from "../i18n/paths.ts";

/**
 * Where a page's share card lives: `/og/<page path>.png` in the page's language, e.g. "/" → "/og/index.png",
 * "/es/" → "/es/og/index.png",
 * "/chapters/the-deal/" → "/og/chapters/the-deal.png". One rule for every page, so the layout can point at a page's card
 * without being told, the chart and fact endpoints draw theirs at the same place, and the post-build step draws a card
 * for every page that has none yet. `pagePath` is relative to the site's base.
 */
export function shareCardPath(pagePath: string): string {
  const { lang, rest } = pathLanguage(pagePath);
  const trimmed = rest.replace(/^\/+|\/+$/g, "").replace(/\/index\.html$|^index\.html$/, "");
  return localePath(`/og/${trimmed || "index"}.png`, lang);
}

/** Percent-decoded, or as it is when it is not valid percent-encoding. */
const decoded = (text: string) => {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
};

/**
 * A path with the site's base removed ("/some/path/charts/" → "/charts/"), decoded: a URL's path is percent-encoded
 * ("/a%20b/") where the configured base is not ("/a b/"), so both are compared decoded.
 */
export function withoutBase(path: string, base: string): string {
  const prefix = decoded(base).replace(/\/$/, "");
  const plain = decoded(path);
  return prefix && plain.startsWith(prefix) ? plain.slice(prefix.length) || "/" : plain;
}
