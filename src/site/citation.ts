import { fill } from "../i18n/translations.ts";

/** What a citation of one item of this site needs. */
export interface CitationInput {
  /** The site, which is the author. */
  siteName: string;
  /** The item's title. */
  title: string;
  /** What it is, in APA's square brackets: "Chart", "Data set". */
  kind: string;
  /** Last updated, YYYY or YYYY-MM-DD. */
  date: string;
  /** The stable address. */
  url: string;
  /** The access date as it should print, or a placeholder for the reader to fill. */
  accessed: string;
  /** How the language's APA says where and when it was read, with {date} and {url}: "Retrieved {date}, from {url}". */
  retrieved: string;
  /** The version as APA prints it after the title, in the reader's language ("Version 2026-12-01-a1b2c3d"). */
  version?: string;
}

/** One run of an APA reference: APA sets the title in italics. */
export interface Run {
  text: string;
  italic?: boolean;
}

/**
 * APA 7 reference for a page that changes over time, with the site as author (so the site name is not repeated) and
 * the version after the title: "Site. (2026). *Title* (Version 2026-12-01-a1b2c3d) [Chart]. Retrieved November 22,
 * 2026, from https://…".
 */
export function apaCitation({ siteName, title, kind, date, url, accessed, retrieved, version }: CitationInput): Run[] {
  const author = /[.?!]$/.test(siteName) ? siteName : `${siteName}.`;
  return [
    { text: `${author} (${date.slice(0, 4)}). ` },
    { text: title, italic: true },
    { text: `${version ? ` (${version})` : ""} [${kind}]. ${fill(retrieved, { date: accessed, url })}` },
  ];
}

/** The plain text of runs, for copying. */
export const runsText = (runs: Run[]) => runs.map((r) => r.text).join("");

/** Escapes the characters TeX treats specially. */
const tex = (text: string) =>
  text
    .replace(/\\/g, "\\textbackslash{}")
    .replace(/([&%$#_{}])/g, "\\$1")
    .replace(/~/g, "\\textasciitilde{}")
    .replace(/\^/g, "\\textasciicircum{}");

/**
 * A BibTeX @misc entry. The author is braced twice so BibTeX keeps it whole as a corporate name; the title is braced
 * to keep its capitals; `version` is biblatex's field (classic styles ignore it, and `note` repeats it); `urldate` is
 * the access date (biblatex), repeated in `note` for classic BibTeX styles.
 */
export function bibtexCitation(
  key: string,
  input: CitationInput & { note: string; accessedIso: string; versionId?: string; accessedNote: string },
): string {
  const fields: [string, string][] = [
    ["author", `{${tex(input.siteName)}}`],
    ["title", `{${tex(input.title)}}`],
    ["year", input.date.slice(0, 4)],
    ...(input.versionId ? [["version", tex(input.versionId)] as [string, string]] : []),
    ["howpublished", `\\url{${input.url}}`],
    ["url", input.url],
    ["urldate", input.accessedIso],
    ["note", `${tex(input.note)} ${tex(fill(input.accessedNote, { date: input.accessed }))}`],
  ];
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}`;
}

/** A piece of citation text; `accessDate` marks a placeholder the reader's browser fills with today's date. */
export interface Piece {
  text: string;
  accessDate?: "long" | "iso";
}

/** Splits text at the access-date placeholders, so the page can mark them for filling in. */
export function markAccessDates(text: string, placeholders: { long: string; iso: string }): Piece[] {
  const pieces: Piece[] = [];
  const pattern = new RegExp(
    `(${[placeholders.long, placeholders.iso].map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`,
  );
  for (const part of text.split(pattern)) {
    if (!part) continue;
    if (part === placeholders.long) pieces.push({ text: part, accessDate: "long" });
    else if (part === placeholders.iso) pieces.push({ text: part, accessDate: "iso" });
    else pieces.push({ text: part });
  }
  return pieces;
}
