import { describe, expect, it } from "vitest";
import { page } from "../helpers/site.ts";

// What a reader of chapter 3 must be able to see in the built page: every figure from the data and linked to its
// note, the Urgent Action's range attributed to it and not to UNHCR, Amnesty's survey stated exactly, and Mexico's
// detentions with every year's source, 2022 included.

const CHAPTER = "/chapters/who-crosses/";
const doc = page(CHAPTER);
const article = doc.querySelector("article")!;
/** Text with runs of white space collapsed, as a reader sees it. */
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").replace(/[‘’]/g, "'");
const callout = (heading: RegExp) =>
  [...article.querySelectorAll("aside.callout")].find((aside) => heading.test(text(aside.querySelector("h3"))));
const fact = (id: string) => text(article.querySelector(`a.fact[href="#fact-${id}"]`));

describe("chapter 3, who crosses and who is protected", () => {
  it("has its three charts, each a figure with its data table, and links to the route map in chapter 2 instead of repeating it", () => {
    expect(article.querySelector("figure#route-map")).toBeNull();
    expect(article.querySelector('a[href$="mexicos-asylum-system/#route-map"]')).not.toBeNull();
    for (const id of ["protection-funnel", "removals-mexico-vs-us", "detention-survey"]) {
      const figure = article.querySelector(`figure#${id}`);
      expect(figure, id).not.toBeNull();
      expect(figure!.querySelector("details.chart-data table"), id).not.toBeNull();
    }
  });

  it("attributes the 400,000–500,000 range to the Urgent Action, gives UNHCR's own wording beside it, and points to the correction", () => {
    expect([fact("entries-range-low-ua"), fact("entries-range-high-ua")]).toEqual(["400,000", "500,000"]);
    const body = text(article);
    expect(body).toMatch(/UNHCR has spoken of about 500,000 undocumented migrants a year/);
    expect(body).toMatch(/up to 400,000/);
    expect(body).toMatch(
      /The Urgent Action's range of 400,000 to 500,000, credited to UNHCR, matches no single UNHCR statement that could be found/,
    );
    expect(article.querySelector('a[href$="sources/#correction-southern-border-entries"]')).not.toBeNull();
  });

  it("keeps 'at least half' and 'up to half' apart, each with its source", () => {
    const body = text(article);
    expect(body).toMatch(/at least half of those who enter irregularly, 50% or more/);
    expect(body).toMatch(/up to half \(50%\) might qualify/);
  });

  it("says the 2017 claims are under 4% of the lowest estimate, not 'about' it", () => {
    expect(fact("claims-2017-per-entries-low-ua")).toBe("4%");
    expect(text(article)).toMatch(/under 4% of the lowest estimate of entries/);
  });

  it("states the survey exactly: responses from people, and the 75% of the detained responses only", () => {
    expect([
      fact("survey-responses"),
      fact("survey-people"),
      fact("survey-detained-responses"),
      fact("survey-not-told-share"),
    ]).toEqual(["500", "385", "297", "75%"]);
    expect(fact("survey-refoulement-share-of-detained")).toBe("40%");
    const body = text(article);
    expect(body).toMatch(/collecting 500 responses from 385 people/);
    expect(body).toMatch(/In 75% of the 297 detained responses/);
    expect(body).toMatch(/Both shares are of the detained responses only, not of every response/);
    expect(body).not.toMatch(/\b500 (?:Central American )?migrants\b/);
  });

  it("says detention figures count events, not people, and that the definition changed in 2021", () => {
    const body = text(article);
    expect(body).toMatch(/These figures count events, not people/);
    expect(body).toMatch(/the definition changed in 2021/);
    expect(article.querySelectorAll("aside.callout").length).toBeLessThanOrEqual(2);
  });

  it("gives 2022's detentions from both sources found, and the figures to 2025", () => {
    expect([fact("detentions-mexico-2022"), fact("detentions-mexico-2022-iom")]).toEqual(["441,409", "444,439"]);
    expect([fact("detentions-mexico-2024"), fact("detentions-mexico-2025")]).toEqual(["1,234,698", "155,730"]);
    const body = text(article);
    expect(body).not.toMatch(/no full-year figure for 2022/);
    expect(body).toMatch(/the UN migration agency, IOM, gave a slightly higher 444,439 from government data/);
  });

  it("never gives CRS's 'almost 524,000' as removals without saying the same brief called it apprehensions", () => {
    const blocks = [...article.querySelectorAll("p, li, aside")].map(text).filter((block) => block.includes("524,000"));
    for (const block of blocks) expect(block).toMatch(/apprehensions/);
  });

  it("shows the MPI comparison with its formula in the figure notes", () => {
    expect(fact("nt-removals-ratio-fy2015")).toBe("2.2");
    expect(text(doc.getElementById("fact-nt-removals-ratio-fy2015"))).toContain("165,524 ÷ 75,342");
  });

  it("lists every source the chapter relies on at the end, linked where an address is known", () => {
    const items = [...article.querySelectorAll(".source-list li")];
    expect(items.length).toBeGreaterThanOrEqual(18);
    expect(
      items
        .find((li) => text(li).startsWith("UNHCR"))
        ?.querySelector("a")
        ?.getAttribute("href"),
    ).toBe("https://www.unhcr.org/en-my/mixed-migration-americas.html");
  });
});
