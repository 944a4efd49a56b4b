import { z } from "zod";
import { kebabId, partialDate } from "./source.ts";

/**
 * What kind of actor or arena an event belongs to; each has a colour and a filter checkbox on /timeline/.
 * `third-country-removals`: US deals for other countries to take deportees, kept apart from asylum agreements (bilateral).
 */
export const timelineCategories = [
  "us-executive",
  "us-congress-law",
  "us-courts",
  "mexico",
  "bilateral",
  "third-country-removals",
  "funding",
  "international",
  "civil-society",
] as const;
export const timelineCategory = z.enum(timelineCategories, {
  error: (issue) =>
    `expected one of ${timelineCategories.join(", ")}, found ${issue.input === undefined ? "nothing" : JSON.stringify(issue.input)}`,
});
export type TimelineCategory = z.infer<typeof timelineCategory>;

/** A list of ids that must hold at least one: an event without a source fails the build. */
const sourceIds = z
  .array(kebabId, {
    error: (issue) =>
      issue.input === undefined
        ? "expected at least one source id, found none"
        : `expected a list of source ids, found ${JSON.stringify(issue.input)}`,
  })
  .min(1, { error: "expected at least one source id, found none" });

/** Another date that a source gives for the same event, and why it differs. */
const alternativeDate = z.strictObject({
  /** The other date, at its own precision. */
  date: partialDate,
  /** Who gives it and which date is right, in a sentence. */
  note: z.string().min(1),
  /** Sources that give this date, when they are not among the event's own. */
  sources: z.array(kebabId).default([]),
});

/** One event of the policy timeline: content/timeline/*.yaml, a list per file. */
export const timelineEventSchema = z
  .strictObject({
    /** Stable kebab-case id: the anchor /timeline/#<id>. Never change it once published. */
    id: kebabId,
    /** When it happened, written YYYY, YYYY-MM or YYYY-MM-DD: the form is the precision (year, month or day). */
    date: partialDate,
    /** Last day, for an event that spans days (a two-day meeting); same precision rules. */
    end: partialDate.optional(),
    /** Other dates that sources give, each with a note; the site shows them beside the date. */
    alternatives: z.array(alternativeDate).default([]),
    /** Headline, in our own words. */
    title: z.string().min(1),
    /** Up to 24 characters, for chart annotations; required when `annotate` names a chart. */
    short: z.string().min(1).max(24).optional(),
    /** One to three sentences, in our own words, with claims attributed. */
    summary: z.string().min(1),
    category: timelineCategory,
    /** People and institutions involved, as a reader would name them. */
    actors: z.array(z.string().min(1)).min(1, { error: "expected at least one actor, found none" }),
    /** Source ids from content/sources/*.yaml; at least one. */
    sources: sourceIds,
    /** Chapter slugs and chart ids that tell more. */
    related: z
      .strictObject({ chapters: z.array(kebabId).default([]), charts: z.array(kebabId).default([]) })
      .default({ chapters: [], charts: [] }),
    /** Chart ids whose chart marks this event, linking back to it. */
    annotate: z.array(kebabId).default([]),
  })
  .refine((event) => event.annotate.length === 0 || event.short !== undefined, {
    error: 'expected a "short" label (up to 24 characters) because the event annotates a chart, found none',
    path: ["short"],
  });
export type TimelineEventEntry = z.infer<typeof timelineEventSchema>;
