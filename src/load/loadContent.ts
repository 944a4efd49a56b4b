import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readYamlDir, type Located } from "./readYaml.ts";
import { loadDataset } from "./loadDataset.ts";
import { resolveFacts, type Fact } from "./resolveFacts.ts";
import { ContentError } from "./contentError.ts";
import { sourceSchema, type Source } from "../schemas/source.ts";
import { factSchema } from "../schemas/fact.ts";
import { chartTextSchema, type ChartText } from "../schemas/chart.ts";
import type { Dataset } from "../schemas/dataset.ts";
import { loadTimeline, type TimelineEvent } from "./loadTimeline.ts";
import { checkUniqueChapters, readMdxFiles, slugsOf } from "./mdxFiles.ts";
import { checkChapterRefs } from "./checkChapterRefs.ts";
import { chapterSchema } from "../schemas/chapter.ts";
import { pageSchema } from "../schemas/page.ts";
import { projectRoot } from "./projectRoot.ts";
import { filesUnder } from "./filesUnder.ts";
import { loadCorrections } from "./loadCorrections.ts";
import type { Correction } from "../schemas/correction.ts";
import { checkTermRefs, loadGlossary } from "./loadGlossary.ts";
import { translateContent } from "./loadTranslation.ts";
import { pseudoContent } from "./pseudoContent.ts";
import { PSEUDO_LANG, type Lang } from "../config.ts";
import type { GlossaryTerm } from "../schemas/glossary.ts";

/** Everything under content/ except chapters (which Astro's MDX pipeline renders), validated and cross-checked. */
export interface Content {
  sources: Map<string, Source>;
  datasets: Map<string, Dataset>;
  facts: Map<string, Fact>;
  charts: Map<string, ChartText>;
  /** Policy events from timeline/*.yaml, in date order. */
  timeline: TimelineEvent[];
  /** Figures in source documents beside the corrected or revised ones, from corrections.yaml (optional). */
  corrections: Correction[];
  /** Terms from glossary.yaml (optional), in file order; every chapter's `<Term id>` names one. */
  glossary: GlossaryTerm[];
}

/** Indexes located entries by id, failing on a repeated id with both places. */
function byId<T extends { id: string }>(entries: Located<T>[]): Map<string, T> {
  const seen = new Map<string, Located<T>>();
  for (const entry of entries) {
    const first = seen.get(entry.value.id);
    if (first)
      throw new ContentError(
        entry.file,
        entry.line,
        `expected a unique id, found "${entry.value.id}" again (first at ${first.file}:${first.line})`,
      );
    seen.set(entry.value.id, entry);
  }
  return new Map([...seen].map(([id, e]) => [id, e.value]));
}

/**
 * Reads and checks content/: sources/*.yaml, datasets/*.csv with their metadata, facts/*.yaml, charts/*.yaml and
 * timeline/*.yaml, and chapters/*.mdx and pages/*.mdx (frontmatter, MDX syntax, a figure typed into prose, and every
 * component a chapter uses). `label` prefixes paths in errors; `today` (YYYY-MM-DD, default the real day) is the day
 * no event may come after.
 */
export function loadContent(dir: string, label = "content", today?: string): Content {
  const sources = byId(readYamlDir(join(dir, "sources"), `${label}/sources`, sourceSchema, "list"));
  const sourceIds = new Set(sources.keys());
  const dataDir = join(dir, "datasets");
  const datasetIds = readdirSync(dataDir)
    .filter((f) => f.endsWith(".csv"))
    .map((f) => f.slice(0, -4))
    .sort();
  for (const id of datasetIds) {
    if (!existsSync(join(dataDir, `${id}.meta.yaml`)))
      throw new ContentError(
        `${label}/datasets/${id}.csv`,
        undefined,
        `expected a metadata file ${id}.meta.yaml beside it, found none`,
      );
  }
  const datasets = new Map(datasetIds.map((id) => [id, loadDataset(dataDir, id, sourceIds, `${label}/datasets`)]));
  const facts = resolveFacts(readYamlDir(join(dir, "facts"), `${label}/facts`, factSchema, "list"), datasets);
  const chartEntries = readYamlDir(join(dir, "charts"), `${label}/charts`, chartTextSchema, "one");
  for (const { value, file, line } of chartEntries) {
    if (!datasets.has(value.dataset))
      throw new ContentError(
        file,
        line,
        `field "dataset": expected a dataset id, found unknown dataset "${value.dataset}"`,
      );
  }
  const charts = byId(chartEntries);
  const chapterFiles = readMdxFiles(join(dir, "chapters"), `${label}/chapters`, chapterSchema);
  checkUniqueChapters(chapterFiles);
  for (const { frontmatter, file, lineOf } of chapterFiles) {
    const unknown = (frontmatter?.sources as string[]).find((id) => !sourceIds.has(id));
    if (unknown)
      throw new ContentError(
        file,
        lineOf("sources"),
        `field "sources": expected source ids listed in content/sources/*.yaml, found unknown "${unknown}"`,
      );
  }
  const chapters = slugsOf(chapterFiles);
  readMdxFiles(join(dir, "pages"), `${label}/pages`, pageSchema);
  const timeline = loadTimeline(
    join(dir, "timeline"),
    `${label}/timeline`,
    { sources: sourceIds, facts: new Set(facts.keys()), chapters, charts: new Set(charts.keys()) },
    today,
  );
  for (const { source, file } of chapterFiles)
    checkChapterRefs(source, file, {
      facts: new Set(facts.keys()),
      charts: new Set(charts.keys()),
      datasets,
      timeline,
    });
  const corrections = loadCorrections(join(dir, "corrections.yaml"), `${label}/corrections.yaml`, {
    sources: sourceIds,
    facts,
    chapters,
  });
  const glossary = loadGlossary(join(dir, "glossary.yaml"), `${label}/glossary.yaml`, {
    sources: sourceIds,
    facts: new Set(facts.keys()),
  });
  checkTermRefs(chapterFiles, glossary);
  return { sources, datasets, facts, charts, timeline, corrections, glossary };
}

/** Every file under `dir` with its size and modification time: changes whenever any content file does. */
function fingerprint(dir: string): string {
  return filesUnder(dir)
    .map((path) => {
      const { size, mtimeMs } = statSync(path);
      return `${path}:${size}:${mtimeMs}`;
    })
    .join("\n");
}

// `astro build` loads this module twice in one process (content sync, then the bundled pages): the second reads what
// the first loaded, unless a content file changed in between. Keyed by a symbol so both copies of the module find it.
const SHARED = Symbol.for("safe-third-country:site-content");
type Shared = { [SHARED]?: { stamp: string; content: Content } };

let cached: Content | undefined;
/** The site's content, loaded once per build from the project's content/ (wherever the build was started). */
export function siteContent(): Content {
  if (cached) return cached;
  const dir = join(projectRoot(), "content");
  const stamp = fingerprint(dir);
  const shared = (globalThis as Shared)[SHARED];
  cached = shared?.stamp === stamp ? shared.content : loadContent(dir);
  (globalThis as Shared)[SHARED] = { stamp, content: cached };
  return cached;
}

const byLang = new Map<Lang, Content>();
/**
 * The site's content in a language: English as loaded; another language with its words from the `*.<lang>.yaml` files
 * (load/loadTranslation.ts); the pseudo-language with every chart word and fact label transformed (i18n test only).
 */
export function siteContentIn(lang: Lang): Content {
  let content = byLang.get(lang);
  if (!content) {
    const en = siteContent();
    content =
      lang === "en"
        ? en
        : lang === PSEUDO_LANG
          ? pseudoContent(en)
          : translateContent(join(projectRoot(), "content"), lang, en);
    byLang.set(lang, content);
  }
  return content;
}
