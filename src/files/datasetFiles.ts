import type { Cell, Dataset } from "../schemas/dataset.ts";
import type { Source } from "../schemas/source.ts";
import { apaCitation, runsText } from "../site/citation.ts";
import { datasetContext, datasetIds, type DatasetFileContext } from "../site/datasetIndex.ts";
import { siteContentIn } from "../load/loadContent.ts";
import type { ChapterMeta } from "../schemas/chapter.ts";
import type { Lang } from "../config.ts";
import { useTranslations } from "../i18n/translations.ts";

/** The extra columns every row gets, so the file names its sources without the site beside it. */
export const SOURCE_COLUMNS = ["source_publisher", "source_title", "source_url"] as const;

/** A CSV field: quoted when it holds a comma, a quote, a line break or edge spaces; quotes doubled (RFC 4180). */
function field(value: Cell | undefined): string {
  const text = value === null || value === undefined ? "" : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The dataset as CSV (UTF-8, RFC 4180, CRLF line ends): a header row of the column names, then one row per record
 * with every column, its source id and note included, plus the source's publisher, title and address.
 */
export function datasetCsv(dataset: Dataset, sources: ReadonlyMap<string, Source>): string {
  const header = [...dataset.columns.map((c) => c.name), ...SOURCE_COLUMNS];
  const rows = dataset.rows.map((row) => {
    const source = sources.get(row.source);
    return [
      ...dataset.columns.map((c) => row[c.name]),
      source?.publisher ?? null,
      source?.title ?? null,
      source?.url ?? null,
    ];
  });
  return [header, ...rows].map((cells) => cells.map(field).join(",")).join("\r\n") + "\r\n";
}

/** The dataset as JSON: its description, columns, notes, citation and licence, the sources it cites, and its rows. */
export function datasetJson(
  dataset: Dataset,
  sources: ReadonlyMap<string, Source>,
  context: DatasetFileContext,
): string {
  const cited = [...new Set(dataset.rows.map((r) => r.source))].map((id) => {
    const s = sources.get(id)!;
    return { id, publisher: s.publisher, title: s.title, date: s.date, ...(s.url ? { url: s.url } : {}) };
  });
  const body = {
    id: dataset.id,
    title: dataset.title,
    description: dataset.description.trim(),
    unit: dataset.unit,
    url: context.urls.page,
    citation: citationOf(dataset, context),
    licence: { statement: dataset.licence, name: context.licence.name, url: context.licence.url },
    columns: dataset.columns,
    notes: dataset.notes,
    sources: cited,
    rows: dataset.rows,
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

const citationOf = (dataset: Dataset, context: DatasetFileContext) => {
  const t = useTranslations(context.lang);
  return runsText(
    apaCitation({
      siteName: context.siteName,
      title: dataset.title,
      kind: context.kind,
      date: context.updated,
      url: context.urls.csv,
      accessed: t("charts.accessDate"),
      retrieved: t("cite.retrieved"),
    }),
  );
};

/** A plain-text README that travels with the CSV: what it is, its columns, notes, sources, citation and licence. */
export function datasetReadme(
  dataset: Dataset,
  sources: ReadonlyMap<string, Source>,
  context: DatasetFileContext,
): string {
  const cited = [...new Set(dataset.rows.map((r) => r.source))].map((id) => sources.get(id)!);
  const t = useTranslations(context.lang);
  const heading = (key: Parameters<typeof t>[0]) => [t(key), "-".repeat(t(key).length)];
  const lines = [
    dataset.title,
    "=".repeat(dataset.title.length),
    "",
    dataset.description.trim().replace(/\s+/g, " "),
    "",
    t("readme.unit", { unit: dataset.unit }),
    t("readme.rows", { n: dataset.rows.length }),
    t("readme.files", { csv: context.urls.csv, json: context.urls.json }),
    t("readme.more", { url: context.urls.page }),
    "",
    ...heading("readme.columns"),
    ...dataset.columns.map((c) => `${c.name} (${c.type}): ${c.description}`),
    ...SOURCE_COLUMNS.map((name) => `${name}: ${t(`readme.${name}`)}`),
    "",
    ...(dataset.notes.length ? [...heading("readme.notes"), ...dataset.notes.map((n) => `- ${n}`), ""] : []),
    ...heading("readme.sources"),
    ...cited.map((s) => `- ${s.publisher}, "${s.title}" (${s.date})${s.url ? ` ${s.url}` : ""}`),
    "",
    ...heading("readme.citation"),
    citationOf(dataset, context),
    "",
    ...heading("readme.licence"),
    `${dataset.licence} ${context.licence.name}: ${context.licence.url}`,
    "",
  ];
  return lines.join("\n");
}

/** A dataset of the site by id in a language, failing with the known ids. */
function siteDataset(id: string, lang: Lang) {
  const dataset = siteContentIn(lang).datasets.get(id);
  if (!dataset) throw new Error(`dataset "${id}": expected one of ${datasetIds().join(", ")}, found an unknown id`);
  return dataset;
}

/** `/data/<id>.csv` in a language: column names are the same codes in every language, cells' words the language's. */
export const datasetCsvFile = (id: string, lang: Lang) =>
  datasetCsv(siteDataset(id, lang), siteContentIn(lang).sources);

/** `/data/<id>.json` and `/data/<id>.txt` (the README) in a language. */
export function datasetFile(
  id: string,
  kind: "json" | "txt",
  chapters: { data: ChapterMeta; body?: string | undefined }[],
  lang: Lang,
): string {
  const dataset = siteDataset(id, lang);
  const context = datasetContext(dataset, chapters, lang);
  const { sources } = siteContentIn(lang);
  return kind === "json" ? datasetJson(dataset, sources, context) : datasetReadme(dataset, sources, context);
}
