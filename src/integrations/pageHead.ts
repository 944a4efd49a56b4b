/** What the post-build steps read from a built page: its language and the tags of its <head>. */
export interface PageHead {
  /** `<html lang>`. */
  lang: string;
  /** `<meta property|name="…" content="…">`, by property or name; the first of each wins. */
  meta: ReadonlyMap<string, string>;
  /** `<link rel="canonical" href>`. */
  canonical?: string;
  /** `<link rel="alternate" hreflang href>`: the page in each language, by language tag (and "x-default"). */
  alternates: ReadonlyMap<string, string>;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
/** Decodes the character references HTML attribute values use (`&amp;`, `&#39;`, `&#x27;`). */
export const decodeEntities = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (match, ref: string) =>
    ref[0] === "#"
      ? String.fromCodePoint(ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1)))
      : (NAMED[ref.toLowerCase()] ?? match),
  );

/** The attributes of one start tag's text (`<meta a="1" b='2'>`), names lower-cased, values decoded. */
function attributes(tag: string): Map<string, string> {
  return new Map(
    [...tag.matchAll(/([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g)].map((m) => [
      m[1]!.toLowerCase(),
      decodeEntities(m[2] ?? m[3] ?? m[4]!),
    ]),
  );
}

/**
 * Reads a built page's language, meta tags and canonical link with a scan of its <head>, not a DOM: the sitemap and
 * share cards need a handful of attributes from every page, and parsing whole pages cost seconds per build.
 */
export function pageHead(html: string): PageHead {
  const end = html.search(/<\/head\s*>/i);
  const head = end < 0 ? html : html.slice(0, end);
  const lang = attributes(/<html\b[^>]*>/i.exec(head)?.[0] ?? "").get("lang") ?? "";
  const meta = new Map<string, string>();
  const alternates = new Map<string, string>();
  let canonical: string | undefined;
  for (const [tag, name] of head.matchAll(/<(meta|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag);
    if (name!.toLowerCase() === "link") {
      const rel = attrs.get("rel")?.toLowerCase();
      if (canonical === undefined && rel === "canonical") canonical = attrs.get("href");
      const hreflang = attrs.get("hreflang");
      const href = attrs.get("href");
      if (rel === "alternate" && hreflang && href && !alternates.has(hreflang)) alternates.set(hreflang, href);
      continue;
    }
    const key = attrs.get("property") ?? attrs.get("name");
    const content = attrs.get("content");
    if (key !== undefined && content !== undefined && !meta.has(key)) meta.set(key, content);
  }
  return { lang, meta, alternates, ...(canonical !== undefined ? { canonical } : {}) };
}
