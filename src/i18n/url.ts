/**
 * Prefixes a site path with the base the site is built for (BASE_PATH), so every internal link works under a sub-path.
 * `href("/chapters/x/")` → `/some/path/chapters/x/`. Fragments and external URLs pass through.
 */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  if (/^(?:[a-z]+:|#)/i.test(path)) return path;
  return `${base.replace(/\/$/, "")}/${path.replace(/^\//, "")}`;
}
