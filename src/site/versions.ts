import { createHash } from "node:crypto";
import type { Content } from "../load/loadContent.ts";
import type { Update, UpdateLink } from "../schemas/update.ts";

/** Which version of a chart, dataset or chapter a citation names: the day it last changed and a short hash of what it is made of. */
export interface Version {
  /** The day its content last changed, YYYY-MM-DD. */
  date: string;
  /** The first 7 hex digits of a SHA-256 of its inputs: changes whenever a figure, word or source behind it does. */
  hash: string;
  /** "2026-12-01-a1b2c3d": date and hash together, the version as citations print it. */
  id: string;
}

/** JSON with object keys sorted at every depth, so equal inputs give equal text whatever order they were built in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The short content hash of `inputs`: 7 hex digits of SHA-256 over their stable JSON. */
export const contentHash = (inputs: unknown): string =>
  createHash("sha256").update(stableJson(inputs)).digest("hex").slice(0, 7);

/** The latest date of the updates that name any of `refs` (a chart's updates include its dataset's), if any does. */
export function lastChanged(updates: readonly Update[], refs: Partial<UpdateLink>[]): string | undefined {
  const names = (link: UpdateLink) =>
    refs.some((ref) => Object.entries(ref).some(([kind, id]) => link[kind as keyof UpdateLink] === id));
  return updates
    .filter((u) => u.links.some(names))
    .map((u) => u.date)
    .sort()
    .at(-1);
}

/** The version of something made of `inputs`, last changed on `date`. */
export function versionOf(date: string, inputs: unknown): Version {
  const hash = contentHash(inputs);
  return { date, hash, id: `${date}-${hash}` };
}

/** A dataset as it is published: its metadata and rows (not the CSV's line numbers), with the sources its rows cite. */
export function datasetInputs(content: Content, id: string): unknown {
  const { lines: _lines, ...dataset } = content.datasets.get(id)!;
  const cited = [...new Set(dataset.rows.map((row) => row.source))].sort().map((source) => content.sources.get(source));
  return { dataset, sources: cited };
}

/** A chart's inputs: its words (in the language cited) and its dataset's. */
export const chartInputs = (content: Content, id: string): unknown => {
  const text = content.charts.get(id)!;
  return { chart: text, data: datasetInputs(content, text.dataset) };
};
