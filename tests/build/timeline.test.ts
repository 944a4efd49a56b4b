import { describe, expect, it } from "vitest";
import { page, pageScriptBytes } from "../helpers/site.ts";

const TIMELINE = "/timeline/";
const doc = page(TIMELINE);
const events = [...doc.querySelectorAll("li.tl-event")];
const dateOf = (id: string) => doc.getElementById(id)?.querySelector(".tl-meta time")?.getAttribute("datetime");

describe("the built timeline page", () => {
  it("lists at least 80 events from 2007 to 2026, in date order, grouped under year headings", () => {
    expect(events.length).toBeGreaterThanOrEqual(80);
    const dates = events.map((li) => li.querySelector("time")!.getAttribute("datetime")!);
    expect([...dates].sort()).toEqual(dates);
    expect(dates[0]!.slice(0, 4)).toBe("2007");
    expect(dates.at(-1)!.slice(0, 4)).toBe("2026");
    for (const section of doc.querySelectorAll("section.tl-year")) {
      const year = section.querySelector("h2")!.textContent!;
      for (const time of section.querySelectorAll(".tl-meta time"))
        expect(time.getAttribute("datetime")!.startsWith(year)).toBe(true);
    }
  });

  it("gives every event a unique id, a machine-readable date, a category, a summary and a link to itself", () => {
    const ids = events.map((li) => li.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const li of events) {
      expect(li.id, li.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(li.querySelector(".tl-meta time")?.getAttribute("datetime"), li.id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      expect(li.querySelector(".tl-cat")?.textContent?.trim(), li.id).not.toBe("");
      expect(li.querySelector("h3")?.textContent?.trim(), li.id).not.toBe("");
      expect(
        li.querySelector(`a.tl-permalink[href="/timeline/${li.id}/"]`),
        `${li.id} links to its own page`,
      ).not.toBeNull();
    }
  });

  it("links at least one source of every event; a source never published at an address is named and says so", () => {
    const unlinked: string[] = [];
    for (const li of events) {
      const sources = li.querySelector(".tl-sources")!;
      if (sources.querySelector('a[href^="http"]')) continue;
      unlinked.push(li.id);
      expect(sources.textContent, li.id).toContain("no public address recorded");
    }
    expect(unlinked.sort()).toEqual(["idc-joint-letter"]); // the IDC statement: no public address was recorded for it
  });

  it("has the key dates right, and shows the disputed ones with their alternatives", () => {
    expect(dateOf("merida-initiative-announced")).toBe("2007-10-22");
    expect(dateOf("removal-plan-reported")).toBe("2018-09-12");
    expect(dateOf("mexico-analysing-proposal")).toBe("2018-09-13");
    expect(dateOf("mpp-announced")).toBe("2018-12-20");
    expect(dateOf("joint-declaration")).toBe("2019-06-07");
    expect(dateOf("transit-bar")).toBe("2019-07-16");
    expect(["guatemala-aca", "el-salvador-aca", "honduras-aca"].map(dateOf)).toEqual([
      "2019-07-26",
      "2019-09-20",
      "2019-09-25",
    ]);
    expect(dateOf("title-42-begins")).toBe("2020-03-20");
    expect(dateOf("title-42-ends")).toBe("2023-05-11");
    expect(dateOf("sheinbaum-has-not-signed")).toBe("2025-06-24");
    const alternative = (id: string) => doc.getElementById(id)!.querySelector(".tl-alt time")?.getAttribute("datetime");
    expect([dateOf("pence-calexico"), alternative("pence-calexico")]).toEqual(["2018-04-30", "2018-05-01"]);
    expect([dateOf("nielsen-first-safe-country"), alternative("nielsen-first-safe-country")]).toEqual([
      "2018-04-25",
      "2018-04-23",
    ]);
    expect(dateOf("aid-cut-proposed")).toBe("2017-05-23"); // the budget request, not the report of the next day
  });

  it("carries the story to 2026: the 2025 agreements, the removal-only deals, the rulings and Mexico's figure", () => {
    expect(dateOf("proclamation-10888")).toBe("2025-01-20");
    expect(dateOf("honduras-aca-2025")).toBe("2025-03-10");
    expect(dateOf("noem-announces-guatemala-honduras")).toBe("2025-06-26");
    expect(dateOf("paraguay-agreement-signed")).toBe("2025-08-14");
    expect(dateOf("mexico-non-mexicans-2025")).toBe("2025-12-10");
    expect(dateOf("dc-circuit-rules-proclamation-unlawful")).toBe("2026-04-24");
    const alternative = (id: string) => doc.getElementById(id)!.querySelector(".tl-alt time")?.getAttribute("datetime");
    expect([dateOf("belize-agreement-signed"), alternative("belize-agreement-signed")]).toEqual([
      "2025-10-20",
      "2025-10-21",
    ]);
    // Removal-only deals are filed apart from the asylum agreements (category), and say so in their titles.
    const category = (id: string) => doc.getElementById(id)!.querySelector(".tl-cat")!.textContent!.trim();
    const removals = [
      "el-salvador-prison-offer",
      "guatemala-transit-arrangement",
      "panama-deportee-flights",
      "costa-rica-deportee-flight",
      "rwanda-removal-deal",
      "south-sudan-eswatini-removals",
    ];
    const agreements = [
      "honduras-aca-2025",
      "ecuador-aca-notes",
      "uganda-agreement-signed",
      "paraguay-agreement-signed",
      "belize-agreement-signed",
    ];
    expect(new Set(removals.map(category))).toEqual(new Set(["Third-country removals"]));
    expect(new Set(agreements.map(category)).size).toBe(1);
    expect(category(agreements[0]!)).not.toBe("Third-country removals");
    // …and their filter and overview colour is their own: a custom property no other category shares.
    const removalEvent = doc.getElementById(removals[0]!)!;
    expect(removalEvent.getAttribute("style")).toBe("--c:var(--tl-third-country-removals)");
    // Figures in summaries come from facts: no unfilled {token} reaches the page.
    for (const li of events) expect(li.textContent, li.id).not.toMatch(/\{[a-z0-9-]+\}/);
  });

  it("draws the overview strip from the same events: one named link per event in each rendering", () => {
    for (const svg of doc.querySelectorAll(".tl-overview svg")) {
      const links = [...svg.querySelectorAll("a")];
      expect(links.map((a) => a.getAttribute("href")).sort()).toEqual(events.map((li) => `#${li.id}`).sort());
      expect(links.every((a) => (a.getAttribute("aria-label") ?? "").length > 10)).toBe(true);
    }
    const legend = [...doc.querySelectorAll(".tl-legend li")].map((li) => li.textContent!.replace(/\s*\(\d+\)$/, ""));
    const categories = new Set(events.map((li) => li.querySelector(".tl-cat")!.textContent!.trim()));
    expect(new Set(legend)).toEqual(categories);
  });

  it("is complete without JavaScript: nothing hidden but the filter form, which needs the script", () => {
    expect(events.filter((li) => li.hasAttribute("hidden"))).toEqual([]);
    expect(doc.querySelector("form.tl-filters")?.hasAttribute("hidden")).toBe(true);
    expect([...doc.querySelectorAll("button.tl-copy")].every((b) => b.hasAttribute("hidden"))).toBe(true);
  });

  it("ships at most 12 KB of JavaScript, gzipped", () => {
    expect(pageScriptBytes(TIMELINE).gzip).toBeGreaterThan(0);
    expect(pageScriptBytes(TIMELINE).gzip).toBeLessThanOrEqual(12 * 1024);
  });
});

describe("the timeline elsewhere", () => {
  const chapter = page("/chapters/mexicos-asylum-system/");

  it("annotates the asylum-claims chart with events from the timeline data, each mark and list item linking to its event", () => {
    const annotated = events.filter((li) =>
      ["urgent-action-150-18", "mpp-announced", "title-42-begins", "title-42-ends"].includes(li.id),
    );
    expect(annotated).toHaveLength(4);
    const marks = [...chapter.querySelectorAll('#asylum-claims .chart-view[data-view="all"] svg a')].map((a) =>
      a.getAttribute("href"),
    );
    const listed = [...chapter.querySelectorAll("#asylum-claims .chart-events a")].map((a) => a.getAttribute("href"));
    for (const li of annotated) {
      expect(listed).toContain(`/timeline/#${li.id}`);
      expect(marks.filter((h) => h === `/timeline/#${li.id}`)).toHaveLength(1); // the wide rendering; on a phone the markers are too close to tap apart, and the list links them
    }
  });

  it("embeds an excerpt in a chapter, linking each event to the timeline", () => {
    const links = [...chapter.querySelectorAll(".tl-excerpt li a")].map((a) => a.getAttribute("href"));
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) expect(events.map((li) => `/timeline/#${li.id}`)).toContain(link);
  });

  it("is in the site navigation, and the home page teases it with a few key events under a heading", () => {
    const home = page("/");
    expect(home.querySelector('header nav a[href="/timeline/"]')).not.toBeNull();
    expect(home.querySelector(".tl-excerpt h2")?.textContent).toBe("On the timeline");
    expect([...home.querySelectorAll(".tl-excerpt li a")].map((a) => a.getAttribute("href"))).toContain(
      "/timeline/#joint-declaration",
    );
  });
});
