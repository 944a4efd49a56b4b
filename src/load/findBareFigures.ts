import { ContentError } from "./contentError.ts";

/** A figure typed into a chapter's prose instead of coming from a `<Fact id="…" />`. */
export interface BareFigure {
  /** 1-based line in the MDX file (frontmatter included, so editors can jump to it). */
  line: number;
  /** 1-based column. */
  column: number;
  /** The figure as written: "14,596", "$20 million", "75%". */
  text: string;
}

/**
 * Numbers that are names of things, not figures: legal citations and document identifiers. A reader cannot "check" the
 * 1158 in "8 U.S.C. § 1158" against a dataset; it is the address of a law. Each pattern is as narrow as the citation form
 * it allows, so a real figure next to it is still caught.
 */
const ALLOWED_CITATIONS: readonly RegExp[] = [
  /§§?\s*\d+[\w()./-]*/g, // "§ 1158(a)(2)(A)", "INA § 208(a)(2)(A)"
  /\b[Ss]ection\s+\d+[\w()./-]*/g, // "section 208(a)(2)(A)"
  /\b\d+\s+U\.\s?S\.\s?C\.(?:\s+§*\s*\d+[\w()./-]*)?/g, // "8 U.S.C. 1158"
  /\b\d+\s+(?:FR|Fed\.\s?Reg\.)\s+\d+/g, // Federal Register: "84 FR 63994"
  /\b(?:P\.\s?L\.|Pub\.\s?L\.(?:\s?No\.)?)\s*\d+-\d+/g, // public laws: "P.L. 110-252"
  /\b(?:Executive Order|Proclamation)\s+(?:No\.\s*)?\d+/g, // "Executive Order 14159"
  /\b[A-Z]{3}\s?\d{2}\/\d{3,4}\/\d{4}\b/g, // Amnesty index numbers: "AMR 41/8936/2018"
  /\bUA\s?\d+\/\d+/g, // Amnesty Urgent Action numbers: "UA 150/18"
  /\bUrgent Action\s+\d+\.\d+/g, // "Urgent Action 150.18"
];

/** A number, with the currency sign before it or the unit after it that make any number a figure. */
const NUMBER =
  /(?<![\w.,/-])(US\$|MX\$|\$|€|£)?\s?(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(\s?(?:%|per ?cent\b|million\b|billion\b|trillion\b|thousand\b|bn\b|m\b|k\b))?/g;

/** Years as prose writes them: four digits from 1900 to 2099, no separators. */
const isYear = (digits: string) => /^(19|20)\d{2}$/.test(digits);

/** Replaces a stretch of text with spaces, keeping line breaks so positions still map to lines and columns. */
const blank = (text: string) => text.replace(/[^\n]/g, " ");

/** Blanks the frontmatter, ESM lines, JSX/HTML tags (with their attributes) and `{expressions}`: everything that is not prose. */
function maskNonProse(source: string): string {
  let text = source.replace(/^---\n[\s\S]*?\n---(?=\n|$)/, blank);
  text = text.replace(/^(?:import|export)\s.*$/gm, blank);
  let out = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const end =
      ch === "<" && /[A-Za-z/!]/.test(text[i + 1] ?? "") ? tagEnd(text, i) : ch === "{" ? braceEnd(text, i) : -1;
    if (end < 0) {
      out += ch;
      i += 1;
    } else {
      out += blank(text.slice(i, end));
      i = end;
    }
  }
  // Link targets and bare addresses are not prose either.
  return out.replace(/\]\([^)]*\)/g, blank).replace(/https?:\/\/\S+/g, blank);
}

/** Index just past the `>` that closes the tag opening at `start`, skipping quoted attribute values and `{…}`. */
function tagEnd(text: string, start: number): number {
  if (text.startsWith("<!--", start)) {
    const close = text.indexOf("-->", start);
    return close < 0 ? text.length : close + 3;
  }
  let quote = "";
  for (let i = start + 1; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === "{") i = braceEnd(text, i) - 1;
    else if (ch === ">") return i + 1;
  }
  return text.length;
}

/** Index just past the `}` that balances the `{` at `start`, skipping strings. */
function braceEnd(text: string, start: number): number {
  let depth = 0;
  let quote = "";
  for (let i = start; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === "\\") i += 1;
      else if (ch === quote) quote = "";
    } else if (ch === '"' || ch === "'" || ch === "`") quote = ch;
    else if (ch === "{") depth += 1;
    else if (ch === "}" && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * The figures typed into a chapter's prose. A figure is bare when it is a number of three or more digits that is not a
 * year ("14,596", "500"), or any number with a currency sign, a percent sign or a magnitude ("$20 million", "75%",
 * "2.5 billion"). Numbers inside frontmatter, components and tags (`<Fact id="…" />`), expressions, link targets and
 * allowed legal citations (`ALLOWED_CITATIONS`) are not prose and are never bare.
 */
export function findBareFigures(source: string): BareFigure[] {
  let prose = maskNonProse(source);
  for (const pattern of ALLOWED_CITATIONS) prose = prose.replace(pattern, blank);
  const found: BareFigure[] = [];
  for (const match of prose.matchAll(NUMBER)) {
    const [text, currency, whole, decimals, unit] = match;
    const digits = whole!.replace(/,/g, "") + (decimals ?? "").slice(1);
    const bare = Boolean(currency || unit) || (digits.length >= 3 && !(isYear(whole!) && !decimals));
    if (!bare) continue;
    const start = match.index + text.length - text.trimStart().length;
    const before = source.slice(0, start);
    found.push({ line: before.split("\n").length, column: start - before.lastIndexOf("\n"), text: text.trim() });
  }
  return found;
}

/**
 * Fails with the file, line and column of the first figure typed into prose (and how many more there are), so a bare
 * figure stops the build as any other content error does. `file` is the path shown in the message.
 */
export function checkNoBareFigures(source: string, file: string): void {
  const [first, ...more] = findBareFigures(source);
  if (!first) return;
  const rest = more.length
    ? ` (and ${more.length} more: ${more.map((f) => `${f.line}:${f.column} "${f.text}"`).join(", ")})`
    : "";
  throw new ContentError(
    file,
    first.line,
    `column ${first.column}: expected every figure in prose to come from <Fact id="…" /> (content/facts/*.yaml), found "${first.text}" typed in${rest}`,
  );
}
