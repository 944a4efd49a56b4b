import { describe, expect, it } from "vitest";
import { loadTimeline, type KnownIds } from "../../src/load/loadTimeline.ts";
import { loadContent } from "../../src/load/loadContent.ts";
import { selectEvents } from "../../src/site/selectEvents.ts";
import { byYear, periods, whenView } from "../../src/site/timelineModel.ts";
import { chartEvents } from "../../src/site/chartEvents.ts";
import { fixtureWith } from "../helpers/fixture.ts";

const known: KnownIds = {
  sources: new Set(["report-a", "paper-b"]),
  facts: new Set(["claims-2019"]),
  chapters: new Set(["one"]),
  charts: new Set(["claims"]),
};
const fixture = (name: string) => new URL(`../fixtures/timeline/${name}`, import.meta.url).pathname;
const load = (name: string) => () => loadTimeline(fixture(name), "content/timeline", known);

describe("loadTimeline(dir, label, known)", () => {
  it("reads valid events in date order, with the precision their dates are written at", () => {
    const events = loadContent(fixtureWith()).timeline;
    expect(events.map((e) => [e.id, e.precision, e.year])).toEqual([
      ["report-published", "day", 2020],
      ["story-runs", "month", 2021],
    ]);
    expect(events[0]!.alternatives).toEqual([
      { date: "2020-05-02", note: "Paper B dates it a day later.", sources: ["paper-b"] },
    ]);
  });

  it("fails on an event without a source, naming the file, line and field", () => {
    expect(load("missing-source")).toThrow(
      'content/timeline/events.yaml:1: field "[0].sources": expected at least one source id, found none',
    );
  });

  it("fails on an impossible date, quoting it", () => {
    expect(load("bad-date")).toThrow(
      'content/timeline/events.yaml:2: field "[0].date": expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "2020-13-01"',
    );
  });

  it("fails on a related chapter that does not exist, at its line", () => {
    expect(load("unknown-chapter")).toThrow(
      'content/timeline/events.yaml:8: event "ev": field "related.chapters": expected a chapter slug from content/chapters/*.mdx, found unknown "nope"',
    );
  });

  it("fails on a related chart that does not exist", () => {
    expect(load("unknown-chart")).toThrow(
      'content/timeline/events.yaml:8: event "ev": field "related.charts": expected a chart id from content/charts/<id>.yaml, found unknown "no-such-chart"',
    );
  });

  it("fails on a summary that quotes a fact that does not exist, at its line", () => {
    expect(load("unknown-fact")).toThrow(
      'content/timeline/events.yaml:4: event "ev": field "summary": expected {…} to name a fact id from content/facts/*.yaml, found {claims-2099}',
    );
  });

  it("fails on a title that quotes a figure: titles are reused where tokens are not filled", () => {
    expect(load("figure-in-title")).toThrow(
      'content/timeline/events.yaml:3: event "ev": field "title": expected no {fact-id} tokens (put figures in the summary), found Claims reach {claims-2019}',
    );
  });

  it("fails on a source id that is not listed", () => {
    expect(load("unknown-source")).toThrow(
      'content/timeline/events.yaml:7: event "ev": field "sources": expected a source id listed in content/sources/*.yaml, found unknown "report-z"',
    );
  });

  it("fails on a repeated id, naming both places", () => {
    expect(load("duplicate-id")).toThrow(
      'content/timeline/events.yaml:8: event "ev": expected a unique id, found "ev" again (first at content/timeline/events.yaml:1)',
    );
  });

  it("fails on an event that annotates a chart without a short label for it", () => {
    expect(load("annotate-without-short")).toThrow(
      'content/timeline/events.yaml:1: field "[0].short": expected a "short" label (up to 24 characters) because the event annotates a chart, found none',
    );
  });

  it("is checked on every content load, against the chapters and charts that exist", () => {
    const events =
      "- { id: e, date: 2020, title: T, summary: S, category: mexico, actors: [A], sources: [report-a], related: { chapters: [two] } }\n";
    expect(() => loadContent(fixtureWith({ "timeline/events.yaml": events }))).toThrow(
      'content/timeline/events.yaml:1: event "e": field "related.chapters": expected a chapter slug from content/chapters/*.mdx, found unknown "two"',
    );
  });
});

describe("timeline views", () => {
  const events = loadContent(fixtureWith()).timeline;

  it("prints a date at its precision, and a span of days as one range", () => {
    expect(whenView("2018-12-20", undefined, "en-US")).toEqual({ datetime: "2018-12-20", text: "December 20, 2018" });
    expect(whenView("2018-09", undefined, "en-US").text).toBe("September 2018");
    const span = whenView("2018-05-17", "2018-05-18", "en-US");
    expect(span.datetime).toBe("2018-05-17");
    expect(span.text).toMatch(/^May 17\s–\s18, 2018$/); // Intl puts thin spaces around the dash
  });

  it("groups events by year, oldest first", () => {
    expect(byYear(events).map((y) => [y.year, y.events.map((e) => e.id)])).toEqual([
      [2020, ["report-published"]],
      [2021, ["story-runs"]],
    ]);
  });

  it("offers periods that cover every year once, with 2018 and 2019 on their own", () => {
    expect(periods([{ year: 2007 }, { year: 2018 }, { year: 2025 }]).map((p) => p.id)).toEqual([
      "2007-2017",
      "2018",
      "2019",
      "2020-2025",
    ]);
    expect(periods([])).toEqual([]);
  });

  it("gives a chart the events that annotate it, numbered, linking to the timeline", () => {
    expect(chartEvents("claims", events, "en")).toMatchObject([
      { id: "report-published", n: 1, label: "Report", href: "/timeline/#report-published" },
    ]);
    expect(chartEvents("other", events, "en")).toEqual([]);
  });
});

describe("selectEvents(events, selection) for excerpts", () => {
  const events = loadContent(fixtureWith()).timeline;

  it("picks a date range at any precision, inclusive of whole months and years", () => {
    expect(selectEvents(events, { from: "2020" }).map((e) => e.id)).toEqual(["report-published", "story-runs"]);
    expect(selectEvents(events, { to: "2021-07" }).map((e) => e.id)).toEqual(["report-published", "story-runs"]);
    expect(selectEvents(events, { from: "2021-01-01", to: "2021" }).map((e) => e.id)).toEqual(["story-runs"]);
  });

  it("picks ids in the order given", () => {
    expect(selectEvents(events, { ids: ["story-runs", "report-published"] }).map((e) => e.id)).toEqual([
      "story-runs",
      "report-published",
    ]);
  });

  it("fails on an unknown id, an empty range, or nothing asked for", () => {
    expect(() => selectEvents(events, { ids: ["nope"] })).toThrow(
      '<TimelineExcerpt>: expected an event id from content/timeline/*.yaml, found unknown "nope"',
    );
    expect(() => selectEvents(events, { from: "2023" })).toThrow(
      "<TimelineExcerpt>: expected events between 2023 and the end, found none",
    );
    expect(() => selectEvents(events, {})).toThrow(
      "<TimelineExcerpt>: expected ids, or a from and/or to date, found neither",
    );
  });
});
