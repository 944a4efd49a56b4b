import { describe, expect, it } from "vitest";
import { page } from "../helpers/site.ts";

// What a reader of chapter 3 must be able to see in the built page: every figure from the data and linked to its
// note, the Urgent Action's range attributed to it and not to UNHCR, and Amnesty's survey stated exactly.

const CHAPTER = "/chapters/who-crosses/";
const doc = page(CHAPTER);
const article = doc.querySelector("article")!;
/** Text with runs of white space collapsed, as a reader sees it. */
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").replace(/[‘’]/g, "'");
const callout = (heading: RegExp) => [...article.querySelectorAll("aside.callout")].find((aside) => heading.test(text(aside.querySelector("h3"))));
const fact = (id: string) => text(article.querySelector(`a.fact[href="#fact-${id}"]`));

describe("chapter 3, who crosses and who is protected", () => {
  it("has the three charts of its own and the route map, each a figure with its data table", () => {
    for (const id of ["route-map", "protection-funnel", "removals-mexico-vs-us", "detention-survey"]) {
      const figure = article.querySelector(`figure#${id}`);
      expect(figure, id).not.toBeNull();
      expect(figure!.querySelector("details.chart-data table"), id).not.toBeNull();
    }
  });

  it("attributes the 400,000–500,000 range to the Urgent Action and gives UNHCR's own wording beside it", () => {
    expect([fact("entries-range-low-ua"), fact("entries-range-high-ua")]).toEqual(["400,000", "500,000"]);
    const box = text(callout(/no single source/));
    expect(box).toMatch(/appears in the Urgent Action, which attributes it to UNHCR; it is not a quotation from UNHCR/);
    const body = text(article);
    expect(body).toMatch(/speaks of half a million \(500,000\)/);
    expect(body).toMatch(/up to 400,000 a year/);
  });

  it("keeps 'at least half' and 'up to half' apart, each with its source", () => {
    const body = text(article);
    expect(body).toMatch(/at least half of the people who enter irregularly, 50% or more/);
    expect(body).toMatch(/up to half \(50%\) might qualify/);
  });

  it("states the survey exactly: responses from people, and the 75% of the detained responses only", () => {
    expect([fact("survey-responses"), fact("survey-people"), fact("survey-detained-responses"), fact("survey-not-told-share")]).toEqual(["500", "385", "297", "75%"]);
    expect(fact("survey-refoulement-share-of-detained")).toBe("40%");
    const box = text(callout(/Responses, people, and the detained/));
    expect(box).toMatch(/the 500 were responses, not people; they came from 385 people/);
    expect(box).toMatch(/the 75% applies only to the 297 responses from people detained by the INM/);
    expect(text(article)).not.toMatch(/\b500 (?:Central American )?migrants\b/);
  });

  it("says detention figures count events, not people, and that the definition changed in 2021", () => {
    const body = text(article);
    expect(body).toMatch(/they count events, not people/);
    expect(body).toMatch(/the definition changed in 2021/);
    expect(body).toContain("no full-year figure for 2022 was found");
  });

  it("shows the MPI comparison with its formula in the figure notes", () => {
    expect(fact("nt-removals-ratio-fy2015")).toBe("2.2");
    expect(text(doc.getElementById("fact-nt-removals-ratio-fy2015"))).toContain("165,524 ÷ 75,342");
  });

  it("lists every source the chapter relies on at the end, linked where an address is known", () => {
    const items = [...article.querySelectorAll(".source-list li")];
    expect(items.length).toBeGreaterThanOrEqual(19);
    expect(items.find((li) => text(li).startsWith("UNHCR"))?.querySelector("a")?.getAttribute("href")).toBe("https://www.unhcr.org/en-my/mixed-migration-americas.html");
  });
});
