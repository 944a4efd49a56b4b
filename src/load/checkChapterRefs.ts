import { ContentError } from "./contentError.ts";
import { mdxRefs, type MdxRef } from "./mdxRefs.ts";
import { selectEvents } from "./selectEvents.ts";
import type { Dataset } from "../schemas/dataset.ts";
import type { TimelineEvent } from "./loadTimeline.ts";

/**
 * The most rows a chapter may print as a `<Table dataset="…">`: a longer table is a wall for a reader and a heavy page
 * (100,000 rows made a 30 MB page). Link to the dataset's page (/data/<id>/) and its downloads instead.
 */
export const TABLE_ROW_LIMIT = 200;

/** What a chapter's components may name. */
export interface ChapterRefs {
  facts: ReadonlySet<string>;
  charts: ReadonlySet<string>;
  datasets: ReadonlyMap<string, Dataset>;
  timeline: readonly TimelineEvent[];
}

/** The strings of an `ids={["a", "b"]}` expression, or undefined when it is not a plain list of strings. */
function stringList(expression: string): string[] | undefined {
  if (!/^\[\s*(?:(?:"[^"]*"|'[^']*')\s*(?:,\s*(?:"[^"]*"|'[^']*')\s*)*,?\s*)?\]$/.test(expression)) return undefined;
  return [...expression.matchAll(/"([^"]*)"|'([^']*)'/g)].map((m) => m[1] ?? m[2]!);
}

/** Why one component use cannot render, or undefined when it can. */
function problemWith({ tag, attributes, expressions }: MdxRef, known: ChapterRefs): string | undefined {
  switch (tag) {
    case "Fact":
    case "Chart": {
      const id = attributes.id;
      const ids = tag === "Fact" ? known.facts : known.charts;
      const expected =
        tag === "Fact" ? "a fact id from content/facts/*.yaml" : "a chart id from content/charts/<id>.yaml";
      if (id === undefined) return `<${tag}>: expected an id="…" attribute naming ${expected}, found none`;
      return ids.has(id) ? undefined : `<${tag} id="${id}">: expected ${expected}, found an unknown id`;
    }
    case "Table": {
      const id = attributes.dataset;
      if (id === undefined)
        return `<Table>: expected a dataset="…" attribute naming a dataset from content/datasets/, found none`;
      const dataset = known.datasets.get(id);
      if (!dataset)
        return `<Table dataset="${id}">: expected a dataset id from content/datasets/ (${[...known.datasets.keys()].join(", ")}), found an unknown id`;
      if (dataset.rows.length > TABLE_ROW_LIMIT) {
        return `<Table dataset="${id}">: expected a dataset of at most ${TABLE_ROW_LIMIT} rows to print in a chapter, found ${dataset.rows.length} (link to its page, /data/${id}/, and downloads instead)`;
      }
      return undefined;
    }
    case "TimelineExcerpt": {
      const ids = expressions.ids === undefined ? undefined : stringList(expressions.ids);
      if (expressions.ids !== undefined && !ids)
        return `<TimelineExcerpt>: expected ids={["event-id", …]}, a list of quoted event ids, found ids={${expressions.ids}}`;
      try {
        selectEvents([...known.timeline], { from: attributes.from, to: attributes.to, ids }, "<TimelineExcerpt>");
      } catch (error) {
        return (error as Error).message;
      }
      return undefined;
    }
  }
  return undefined;
}

/**
 * Checks every `<Fact>`, `<Chart>`, `<Table>` and `<TimelineExcerpt>` of a chapter against the content, failing with
 * the chapter file and the line of the tag (frontmatter included, pass the whole file) before any page renders.
 * A `<Table>` of more than TABLE_ROW_LIMIT rows fails too.
 */
export function checkChapterRefs(source: string, file: string, known: ChapterRefs): void {
  for (const ref of mdxRefs(source)) {
    const problem = problemWith(ref, known);
    if (problem) throw new ContentError(file, ref.line, problem);
  }
}
