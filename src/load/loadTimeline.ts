import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { isEnglishYaml, readYaml } from "./readYaml.ts";
import { ContentError } from "./contentError.ts";
import { parseDate, type PartialDate } from "../schemas/parseDate.ts";
import { timelineEventSchema, type TimelineEventEntry } from "../schemas/timelineEvent.ts";
import { factTokensIn } from "./factTokens.ts";
import { findBareFigures } from "./findBareFigures.ts";

/** A validated event: its entry, with the date's precision and the year it is filed under. */
export interface TimelineEvent extends TimelineEventEntry {
  precision: PartialDate["precision"];
  year: number;
}

/** The ids an event may point at; anything else fails the build. */
export interface KnownIds {
  sources: ReadonlySet<string>;
  /** Fact ids that `{fact-id}` tokens in titles, summaries and notes may quote. */
  facts: ReadonlySet<string>;
  chapters: ReadonlySet<string>;
  charts: ReadonlySet<string>;
}

const EXPECTED = {
  sources: "a source id listed in content/sources/*.yaml",
  chapters: "a chapter slug from content/chapters/*.mdx",
  charts: "a chart id from content/charts/<id>.yaml",
  facts: "a fact id from content/facts/*.yaml",
} as const;

/**
 * Reads every content/timeline/*.yaml (a list of events each), validates each event against the schema, checks that
 * its sources, related chapters and charts exist, and returns the events in date order. A missing folder is an empty
 * timeline. An event dated after `today` (the build's day, YYYY-MM-DD; tests pass their own) fails: the timeline
 * records what happened. Errors name the file, the line and the field, what was expected and what was found.
 */
export function loadTimeline(
  dir: string,
  label: string,
  known: KnownIds,
  today = new Date().toISOString().slice(0, 10),
): TimelineEvent[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir).filter(isEnglishYaml).sort();
  const seen = new Map<string, string>();
  const events = files.flatMap((name) => {
    const file = `${label}/${name}`;
    const { data, lineOf } = readYaml(join(dir, name), file, z.array(timelineEventSchema));
    return data.map((entry, i): TimelineEvent => {
      const fail = (path: (string | number)[], problem: string): never => {
        throw new ContentError(file, lineOf([i, ...path]), `event "${entry.id}": ${problem}`);
      };
      const first = seen.get(entry.id);
      if (first) fail(["id"], `expected a unique id, found "${entry.id}" again (first at ${first})`);
      seen.set(entry.id, `${file}:${lineOf([i])}`);
      const check = (kind: keyof KnownIds, ids: string[], path: (string | number)[], field: string) =>
        ids.forEach((id, j) => {
          if (!known[kind].has(id))
            fail([...path, j], `field "${field}": expected ${EXPECTED[kind]}, found unknown "${id}"`);
        });
      check("sources", entry.sources, ["sources"], "sources");
      entry.alternatives.forEach((alt, j) =>
        check("sources", alt.sources, ["alternatives", j, "sources"], `alternatives[${j}].sources`),
      );
      check("chapters", entry.related.chapters, ["related", "chapters"], "related.chapters");
      check("charts", entry.related.charts, ["related", "charts"], "related.charts");
      check("charts", entry.annotate, ["annotate"], "annotate");
      // Summaries and notes quote figures as {fact-id}; titles are reused everywhere (excerpts, cards), so they quote none.
      if (factTokensIn(entry.title).length)
        fail(
          ["title"],
          `field "title": expected no {fact-id} tokens (put figures in the summary), found ${entry.title}`,
        );
      const texts: [string | undefined, (string | number)[]][] = [
        [entry.summary, ["summary"]],
        ...entry.alternatives.map((alt, j): [string, (string | number)[]] => [alt.note, ["alternatives", j, "note"]]),
      ];
      for (const [text, path] of texts) {
        for (const id of factTokensIn(text))
          if (!known.facts.has(id))
            fail(
              path,
              `field "${path.join(".")}": expected {…} to name a fact id from content/facts/*.yaml, found {${id}}`,
            );
      }
      for (const [text, path] of [[entry.title, ["title"]], ...texts] as typeof texts) {
        const bare = findBareFigures(text ?? "")[0];
        if (bare)
          fail(path, `field "${path.join(".")}": expected figures as {fact-id} tokens, found "${bare.text}" typed in`);
      }
      // A year or a month starts on its first day: "2027" is after 2026-12-01, "2026-12" is not.
      if (`${entry.date}-01-01`.slice(0, 10) > today)
        fail(
          ["date"],
          `field "date": expected a date no later than the day of the build (${today}), found ${entry.date}`,
        );
      if (entry.end !== undefined && entry.end <= entry.date)
        fail(["end"], `field "end": expected a date after ${entry.date}, found ${entry.end}`);
      const date = parseDate(entry.date)!;
      return { ...entry, precision: date.precision, year: Number(entry.date.slice(0, 4)) };
    });
  });
  // ISO strings sort in time order; a month or a year sorts before the days inside it.
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
