import type { Citable } from "../site/citable.ts";
import { LANG_TAGS, LICENCE } from "../config.ts";

/** CSL item types: a chart is a figure, a dataset a dataset, a chapter a web page. */
const CSL_TYPE = { chart: "figure", dataset: "dataset", chapter: "webpage" } as const;

/** RIS reference types: CHART, DATA, and ELEC (a web page) for a chapter. */
const RIS_TYPE = { chart: "CHART", dataset: "DATA", chapter: "ELEC" } as const;

const dateParts = (iso: string) => iso.split("-").map(Number);

/**
 * `<item>.csl.json`: the citation as CSL-JSON (an array of one item), the exchange format of Zotero, Mendeley and
 * pandoc. The site is the author, as a literal name; `issued` is the day this version was published.
 */
export function cslJson(item: Citable): string {
  const csl = {
    id: `safe-third-country-${item.kind}-${item.id}`,
    type: CSL_TYPE[item.kind],
    title: item.title,
    author: [{ literal: item.siteName }],
    ...(item.kind === "chapter" ? { "container-title": item.siteName } : { publisher: item.siteName }),
    ...(item.genre ? { genre: item.genre } : {}),
    issued: { "date-parts": [dateParts(item.version.date)] },
    version: item.version.id,
    URL: item.url,
    language: LANG_TAGS[item.lang],
    license: LICENCE.url,
  };
  return `${JSON.stringify([csl], null, 2)}\n`;
}

/**
 * `<item>.ris`: the citation as RIS, which every reference manager imports: one tag per line ("TY  - "), CRLF line
 * ends, TY first and ER last. `ET` (edition) carries the version.
 */
export function ris(item: Citable): string {
  const [year, month, day] = item.version.date.split("-");
  const tags: [string, string][] = [
    ["TY", RIS_TYPE[item.kind]],
    ["TI", item.title],
    ["AU", item.siteName],
    ["PY", year!],
    ["DA", `${year}/${month}/${day}`],
    ["ET", item.version.id],
    ["PB", item.siteName],
    ...(item.genre ? [["M3", item.genre] as [string, string]] : []),
    ["UR", item.url],
    ["LA", LANG_TAGS[item.lang]],
    ["N1", `${LICENCE.name}: ${LICENCE.url}`],
    ["ER", ""],
  ];
  return tags.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, " ")}`).join("\r\n") + "\r\n";
}

/** The media type of each citation file. */
export const CITATION_TYPE = {
  "csl.json": "application/vnd.citationstyles.csl+json",
  ris: "application/x-research-info-systems",
} as const;

/** The HTTP response for a citation file in `format`. */
export const citationResponse = (item: Citable, format: keyof typeof CITATION_TYPE) =>
  new Response(format === "ris" ? ris(item) : cslJson(item), {
    headers: { "Content-Type": `${CITATION_TYPE[format]}; charset=utf-8` },
  });
