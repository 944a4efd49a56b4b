import type { TimelineEvent } from "./loadTimeline.ts";

/** What a timeline excerpt asks for: a date range (either end may be open), or a list of event ids in the order given. */
export interface EventSelection {
  from?: string | undefined;
  to?: string | undefined;
  ids?: string[] | undefined;
}

/**
 * Picks the events an excerpt shows. `from` and `to` are dates at any precision and include the whole of a month or
 * year ("2019" ends on 31 December 2019). Fails, with what was asked and what exists, when nothing or something unknown
 * is asked for, so a chapter cannot print an empty or broken excerpt.
 */
export function selectEvents(
  events: TimelineEvent[],
  selection: EventSelection,
  where = "<TimelineExcerpt>",
): TimelineEvent[] {
  const { from, to, ids } = selection;
  if (ids && ids.length > 0) {
    if (from !== undefined || to !== undefined) throw new Error(`${where}: expected either ids or from/to, found both`);
    return ids.map((id) => {
      const event = events.find((e) => e.id === id);
      if (!event) throw new Error(`${where}: expected an event id from content/timeline/*.yaml, found unknown "${id}"`);
      return event;
    });
  }
  if (from === undefined && to === undefined)
    throw new Error(`${where}: expected ids, or a from and/or to date, found neither`);
  // A date's own prefix sorts before the days inside it, so "2019" ≤ "2019-06-07" and "2019-06-07" starts with "2019".
  const after = (date: string) => from === undefined || date >= from || from.startsWith(date);
  const before = (date: string) => to === undefined || date <= to || date.startsWith(to);
  const picked = events.filter((e) => after(e.date) && before(e.date));
  if (picked.length === 0)
    throw new Error(`${where}: expected events between ${from ?? "the start"} and ${to ?? "the end"}, found none`);
  return picked;
}
