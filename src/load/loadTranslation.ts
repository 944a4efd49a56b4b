import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readYaml } from "./readYaml.ts";
import { ContentError } from "./contentError.ts";
import { translatedPublishers } from "./loadPublishers.ts";
import type { Content } from "./loadContent.ts";
import type { Dataset, Row } from "../schemas/dataset.ts";
import {
  chartTranslation,
  correctionTranslation,
  datasetTranslation,
  factTranslation,
  glossaryTranslation,
  sourceTranslation,
  timelineTranslation,
} from "../schemas/translation.ts";

/** Reads every `<name>.<lang>.yaml` list of a folder into one map by id, with the file each entry came from. */
function readLists<S extends z.ZodType<{ id: string }>>(dir: string, label: string, lang: string, schema: S) {
  const entries = new Map<string, { value: z.output<S>; file: string; line: number | undefined }>();
  if (!existsSync(dir)) return entries;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith(`.${lang}.yaml`))
    .sort()) {
    const file = `${label}/${name}`;
    const { data, lineOf } = readYaml(join(dir, name), file, z.array(schema));
    data.forEach((value, i) => {
      const first = entries.get(value.id);
      if (first)
        throw new ContentError(
          file,
          lineOf([i]),
          `expected a unique id, found "${value.id}" again (first in ${first.file})`,
        );
      entries.set(value.id, { value, file, line: lineOf([i]) });
    });
  }
  return entries;
}

/** Fails unless the translation has exactly the English ids: none missing, none unknown. */
function sameIds(
  what: string,
  english: Iterable<string>,
  translated: Map<string, { file: string; line: number | undefined }>,
  where: string,
) {
  const ids = new Set(english);
  for (const id of ids)
    if (!translated.has(id))
      throw new ContentError(where, undefined, `expected a translation of ${what} "${id}", found none`);
  for (const [id, { file, line }] of translated)
    if (!ids.has(id))
      throw new ContentError(file, line, `expected the id of an English ${what}, found unknown "${id}"`);
}

/**
 * The words of a list file in another language (`<name>.<lang>.yaml` beside `<name>.yaml`): one entry per English
 * entry, in the English order, keyed by `key`. A missing file, entry or unknown id fails with the file and line.
 */
export function translatedList<S extends z.ZodType<Record<string, unknown>>>(
  path: string,
  label: string,
  schema: S,
  key: string,
  english: readonly string[],
): Map<string, z.output<S>> {
  if (!existsSync(path))
    throw new ContentError(label, undefined, `expected the translation of ${english.length} entries, found no file`);
  const { data, lineOf } = readYaml(path, label, z.array(schema));
  const found = data.map((entry) => String(entry[key]));
  english.forEach((id, i) => {
    if (found[i] !== id)
      throw new ContentError(
        label,
        lineOf([Math.min(i, data.length - 1)]),
        `entry ${i + 1}: expected ${key} "${id}" (the English order), found ${found[i] === undefined ? "none" : `"${found[i]}"`}`,
      );
  });
  if (found.length > english.length)
    throw new ContentError(
      label,
      lineOf([english.length]),
      `expected ${english.length} entries, found ${found.length}`,
    );
  return new Map(data.map((entry) => [String(entry[key]), entry]));
}

/** A dataset in another language: its words from `<id>.meta.<lang>.yaml`, its cells' words by their English text. */
function translateDataset(dir: string, label: string, lang: string, dataset: Dataset): Dataset {
  const file = `${label}/${dataset.id}.meta.${lang}.yaml`;
  const path = join(dir, `${dataset.id}.meta.${lang}.yaml`);
  if (!existsSync(path))
    throw new ContentError(
      file,
      undefined,
      `expected the words of dataset "${dataset.id}" in this language, found no such file`,
    );
  const { data, lineOf } = readYaml(path, file, datasetTranslation);
  const names = dataset.columns.map((c) => c.name);
  if (data.columns.map((c) => c.name).join() !== names.join()) {
    throw new ContentError(
      file,
      lineOf(["columns"]),
      `expected the columns ${names.join(", ")} in this order, found ${data.columns.map((c) => c.name).join(", ")}`,
    );
  }
  const columns = dataset.columns.map((column, i) => {
    const words = data.columns[i]!;
    const codes = Object.keys(column.values ?? {});
    const missing = codes.find((code) => !words.values?.[code]);
    if (missing)
      throw new ContentError(
        file,
        lineOf(["columns", i]),
        `column "${column.name}": expected a label for the code "${missing}", found none`,
      );
    return {
      ...column,
      label: words.label,
      description: words.description,
      ...(column.values ? { values: words.values! } : {}),
    };
  });
  // Prose cells (string columns without labelled codes) are translated by their exact English text.
  const prose = dataset.columns.filter((c) => c.type === "string" && !c.values).map((c) => c.name);
  const rows = dataset.rows.map((row) => {
    const out: Row = { ...row };
    for (const name of prose) {
      const text = row[name];
      if (typeof text !== "string") continue;
      const translated = data.strings[text];
      if (translated === undefined)
        throw new ContentError(
          file,
          lineOf(["strings"]),
          `field "strings": expected a translation of the ${name} "${text}", found none`,
        );
      out[name] = translated;
    }
    return out;
  });
  return {
    ...dataset,
    title: data.title,
    description: data.description,
    unit: data.unit,
    licence: data.licence,
    notes: data.notes,
    columns,
    rows,
  };
}

/** A top-level translation file of content/: `<name>.<lang>.yaml`. */
const translationFile = (name: string, lang: string) => `${name}.${lang}.yaml`;

/**
 * The content in another language: every word from the `*.<lang>.yaml` files beside the English ones (charts, datasets,
 * facts, sources and their publishers, timeline, glossary, corrections), every id, date, source and figure from the
 * English content. A missing or unknown translation fails with the file and what was expected, so no page shows
 * English by accident.
 */
export function translateContent(dir: string, lang: string, en: Content, label = "content"): Content {
  // Every part is checked before any fails, so a translator sees all that is missing at once.
  const errors: ContentError[] = [];
  const attempt = <T>(check: () => T, fallback: T): T => {
    try {
      return check();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      errors.push(error);
      return fallback;
    }
  };
  const charts = attempt(
    () =>
      new Map(
        [...en.charts].map(([id, text]) => {
          const file = `${label}/charts/${id}.${lang}.yaml`;
          const path = join(dir, "charts", `${id}.${lang}.yaml`);
          if (!existsSync(path))
            throw new ContentError(
              file,
              undefined,
              `expected the words of chart "${id}" in this language, found no such file`,
            );
          const { data, lineOf } = readYaml(path, file, chartTranslation);
          if (data.id !== id || data.dataset !== text.dataset)
            throw new ContentError(
              file,
              lineOf(["id"]),
              `expected id "${id}" and dataset "${text.dataset}", found "${data.id}" and "${data.dataset}"`,
            );
          for (const key of ["views", "legend", "words"] as const) {
            const missing = Object.keys(text[key]).find((k) => !(k in data[key]));
            if (missing)
              throw new ContentError(
                file,
                lineOf([key]),
                `field "${key}": expected "${missing}" (as in ${id}.yaml), found none`,
              );
          }
          return [id, data] as const;
        }),
      ),
    en.charts,
  );

  const datasetDir = join(dir, "datasets");
  const datasets = new Map(
    [...en.datasets].map(([id, dataset]) => [
      id,
      attempt(() => translateDataset(datasetDir, `${label}/datasets`, lang, dataset), dataset),
    ]),
  );

  /** Reads a translation's entries and checks they are exactly the English ids, noting what fails and going on. */
  const matching = <T extends Map<string, { file: string; line: number | undefined }>>(
    what: string,
    english: Iterable<string>,
    where: string,
    read: () => T,
  ): T => {
    const found = attempt(read, new Map() as T);
    attempt(() => sameIds(what, english, found, where), undefined);
    return found;
  };
  const lists =
    <S extends z.ZodType<{ id: string }>>(folder: string, schema: S) =>
    () =>
      readLists(join(dir, folder), `${label}/${folder}`, lang, schema);
  const single =
    <S extends z.ZodType<{ id: string }>>(name: string, schema: S) =>
    () => {
      const path = join(dir, translationFile(name, lang));
      const map = new Map<string, { value: z.output<S>; file: string; line: number | undefined }>();
      if (!existsSync(path)) return map;
      const file = `${label}/${translationFile(name, lang)}`;
      const { data, lineOf } = readYaml(path, file, z.array(schema));
      data.forEach((value, i) => map.set(value.id, { value, file, line: lineOf([i]) }));
      return map;
    };

  const facts = matching("fact", en.facts.keys(), `${label}/facts/*.${lang}.yaml`, lists("facts", factTranslation));
  const sourceNotes = matching(
    "source note",
    [...en.sources.values()].filter((s) => s.note).map((s) => s.id),
    `${label}/sources/*.${lang}.yaml`,
    lists("sources", sourceTranslation),
  );
  const publishers = attempt(
    () =>
      translatedPublishers(
        join(dir, translationFile("publishers", lang)),
        `${label}/${translationFile("publishers", lang)}`,
        [...en.sources.values()].map((s) => s.publisher),
      ),
    new Map<string, string>(),
  );
  const events = matching(
    "timeline event",
    en.timeline.map((e) => e.id),
    `${label}/timeline/*.${lang}.yaml`,
    lists("timeline", timelineTranslation),
  );
  const glossary = matching(
    "glossary term",
    en.glossary.map((g) => g.id),
    `${label}/glossary.${lang}.yaml`,
    single("glossary", glossaryTranslation),
  );
  const corrections = matching(
    "correction",
    en.corrections.map((c) => c.id),
    `${label}/corrections.${lang}.yaml`,
    single("corrections", correctionTranslation),
  );
  if (errors.length) throw ContentError.all(errors);

  return {
    ...en,
    charts,
    datasets,
    facts: new Map([...en.facts].map(([id, fact]) => [id, { ...fact, label: facts.get(id)!.value.label }])),
    sources: new Map(
      [...en.sources].map(([id, source]) => [
        id,
        {
          ...source,
          publisher: publishers.get(source.publisher) ?? source.publisher,
          ...(source.note ? { note: sourceNotes.get(id)!.value.note } : {}),
        },
      ]),
    ),
    timeline: en.timeline.map((event) => {
      const { value: words, file, line } = events.get(event.id)!;
      if (words.alternatives.length !== event.alternatives.length) {
        throw new ContentError(
          file,
          line,
          `event "${event.id}": expected ${event.alternatives.length} alternative date notes (as in English), found ${words.alternatives.length}`,
        );
      }
      if (Boolean(words.short) !== Boolean(event.short))
        throw new ContentError(
          file,
          line,
          `event "${event.id}": expected a short label exactly where the English event has one`,
        );
      return {
        ...event,
        title: words.title,
        summary: words.summary,
        actors: words.actors,
        ...(words.short ? { short: words.short } : {}),
        alternatives: event.alternatives.map((alt, i) => ({ ...alt, note: words.alternatives[i]!.note })),
      };
    }),
    glossary: en.glossary.map((term) => ({ ...term, ...glossary.get(term.id)!.value })),
    corrections: en.corrections.map((c) => {
      const words = corrections.get(c.id)!.value;
      return {
        ...c,
        subject: words.subject,
        explanation: words.explanation,
        document: { ...c.document, ...words.document },
        correct: { ...c.correct, ...words.correct },
      };
    }),
  };
}
