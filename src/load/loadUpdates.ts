import { existsSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readYaml } from "./readYaml.ts";
import { ContentError } from "./contentError.ts";
import { readMdxFiles, slugsOf } from "./mdxFiles.ts";
import { projectRoot } from "./projectRoot.ts";
import { siteContent } from "./loadContent.ts";
import { updateSchema, type Update, type UpdateLink } from "../schemas/update.ts";
import { updateTranslation } from "../schemas/translation.ts";
import { translatedList } from "./loadTranslation.ts";
import { DEFAULT_LANG, isTranslated, type Lang } from "../config.ts";

/** The ids an update may link to, by the kind of thing; anything else fails the build. */
export type UpdateRefs = Record<keyof UpdateLink, ReadonlySet<string>>;

/** Where each kind of link must point, for the error message. */
const WHERE: Record<keyof UpdateLink, string> = {
  chapter: "a chapter slug from content/chapters/*.mdx",
  chart: "a chart id from content/charts/*.yaml",
  dataset: "a dataset id from content/datasets/*.csv",
  correction: "a correction id from content/corrections.yaml",
  event: "a timeline event id from content/timeline/*.yaml",
};

/**
 * Reads content/updates.yaml (a list; a missing file is no updates), validates each entry, checks that ids are unique
 * and that every link names something that exists, and returns the updates newest first (file order within a day).
 */
export function loadUpdates(path: string, label: string, known: UpdateRefs): Update[] {
  if (!existsSync(path)) return [];
  const { data, lineOf } = readYaml(path, label, z.array(updateSchema));
  const seen = new Map<string, number | undefined>();
  data.forEach((update, i) => {
    const at = (...field: (string | number)[]) => lineOf([i, ...field]) ?? lineOf([i]);
    if (seen.has(update.id))
      throw new ContentError(
        label,
        at("id"),
        `expected a unique update id, found "${update.id}" again (first at line ${seen.get(update.id)})`,
      );
    seen.set(update.id, at("id"));
    update.links.forEach((link, j) => {
      for (const [kind, id] of Object.entries(link) as [keyof UpdateLink, string | undefined][]) {
        if (id !== undefined && !known[kind].has(id))
          throw new ContentError(
            label,
            at("links", j, kind),
            `update "${update.id}", field "links[${j}].${kind}": expected ${WHERE[kind]}, found "${id}"`,
          );
      }
    });
  });
  return data
    .map((update, i) => ({ update, i }))
    .sort((a, b) => b.update.date.localeCompare(a.update.date) || a.i - b.i)
    .map(({ update }) => update);
}

let cached: Update[] | undefined;
const translated = new Map<Lang, Update[]>();
/**
 * The site's updates, from the project's content/updates.yaml, checked against the site's content; loaded once per
 * build. In another language, each title and summary comes from updates.<lang>.yaml (same ids, same order).
 */
export function siteUpdates(lang: Lang = DEFAULT_LANG): Update[] {
  if (isTranslated(lang)) {
    let updates = translated.get(lang);
    if (!updates) {
      const dir = join(projectRoot(), "content");
      const path = join(dir, "updates.yaml");
      const english = existsSync(path) ? readYaml(path, "content/updates.yaml", z.array(updateSchema)).data : [];
      const words = english.length
        ? translatedList(
            join(dir, `updates.${lang}.yaml`),
            `content/updates.${lang}.yaml`,
            updateTranslation,
            "id",
            english.map((u) => u.id),
          )
        : new Map<string, { title: string; summary: string }>();
      updates = siteUpdates().map((u) => {
        const { title, summary } = words.get(u.id)!;
        return { ...u, title, summary };
      });
      translated.set(lang, updates);
    }
    return updates;
  }
  if (cached) return cached;
  const dir = join(projectRoot(), "content");
  const content = siteContent();
  const known: UpdateRefs = {
    chapter: slugsOf(readMdxFiles(join(dir, "chapters"), "content/chapters")),
    chart: new Set(content.charts.keys()),
    dataset: new Set(content.datasets.keys()),
    correction: new Set(content.corrections.map((c) => c.id)),
    event: new Set(content.timeline.map((e) => e.id)),
  };
  return (cached = loadUpdates(join(dir, "updates.yaml"), "content/updates.yaml", known));
}
