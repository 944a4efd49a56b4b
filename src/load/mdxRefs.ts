/** One use of a component in MDX: `<Fact id="growth" />` is tag "Fact" with attributes { id: "growth" }. */
export interface MdxRef {
  tag: string;
  /** The attributes written as quoted strings. */
  attributes: Readonly<Record<string, string>>;
  /** The attributes written as `{expressions}`, as their source text between the braces (`ids={["a"]}` → `["a"]`). */
  expressions: Readonly<Record<string, string>>;
  /** 1-based line of the tag's `<` in the text given. */
  line: number;
}

// A component tag: a capitalised name, then anything up to the closing `>` except inside quotes or braces (nested once).
const TAG = /<([A-Z][\w.]*)((?:[^>"'{]|"[^"]*"|'[^']*'|\{(?:[^{}]|\{[^{}]*\})*\})*)>/g;
const ATTRIBUTE = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const EXPRESSION = /([\w-]+)\s*=\s*\{((?:[^{}]|\{[^{}]*\})*)\}/g;

const cache = new Map<string, MdxRef[]>();

/**
 * The one MDX-reference parser: every component tag in an MDX text, in order, with its quoted attributes and line.
 * Tags may span lines and quote with ' or ". Memoised per text, since every page asks about the same chapters.
 */
export function mdxRefs(text: string): MdxRef[] {
  let refs = cache.get(text);
  if (!refs) {
    refs = [];
    let line = 1;
    let at = 0;
    for (const match of text.matchAll(TAG)) {
      for (; at < match.index; at++) if (text.charCodeAt(at) === 10) line++;
      const attributes = Object.fromEntries([...match[2]!.matchAll(ATTRIBUTE)].map((m) => [m[1]!, m[2] ?? m[3]!]));
      const expressions = Object.fromEntries([...match[2]!.matchAll(EXPRESSION)].map((m) => [m[1]!, m[2]!.trim()]));
      refs.push({ tag: match[1]!, attributes, expressions, line });
    }
    cache.set(text, refs);
  }
  return refs;
}

/** The values of `attribute` (default "id") on every `<tag>` in an MDX text, in order of first use, without repeats. */
export function refIds(text: string, tag: string, attribute = "id"): string[] {
  return [
    ...new Set(
      mdxRefs(text).flatMap((ref) =>
        ref.tag === tag && ref.attributes[attribute] !== undefined ? [ref.attributes[attribute]] : [],
      ),
    ),
  ];
}

/** Whether an MDX text uses `<tag attribute="value">` (attribute defaults to "id"). */
export const usesRef = (text: string, tag: string, value: string, attribute = "id"): boolean =>
  mdxRefs(text).some((ref) => ref.tag === tag && ref.attributes[attribute] === value);
