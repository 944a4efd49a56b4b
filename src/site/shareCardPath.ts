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

/** A path with the site's base removed ("/some/path/charts/" → "/charts/"). */
export function withoutBase(path: string, base: string): string {
  const prefix = base.replace(/\/$/, "");
  return prefix && path.startsWith(prefix) ? path.slice(prefix.length) || "/" : path;
}
