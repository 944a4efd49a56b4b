import { describe, expect, it } from "vitest";
import { page } from "../helpers/site.ts";
import { siteContent } from "../../src/load/loadContent.ts";

const content = siteContent();
const doc = page("/sources/");
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const side = (id: string, name: "document" | "correct") => doc.querySelector(`#correction-${id} .side-${name}`);

describe("/sources/", () => {
  it("lists every source in content/sources, with its publisher, title, date, language and link", () => {
    expect(content.sources.size).toBeGreaterThan(5);
    for (const source of content.sources.values()) {
      const item = doc.getElementById(`source-${source.id}`);
      expect(item, source.id).not.toBeNull();
      expect(text(item), source.id).toContain(source.publisher);
      expect(text(item), source.id).toContain(source.title);
      expect(item!.querySelector("time")?.getAttribute("datetime"), source.id).toBe(source.date);
      expect(text(item), source.id).toMatch(/In [A-Z][a-z]+/); // the language, named
      if (source.url) expect(item!.querySelector(`a[href="${source.url}"]`), source.id).not.toBeNull();
    }
    expect(doc.querySelectorAll("li.source").length).toBe(content.sources.size);
  });

  it("says which chapters, charts and data rely on a source", () => {
    const ua = doc.getElementById("source-amnesty-ua-150-18")!;
    expect(ua.querySelector('a[href="/chapters/mexicos-asylum-system/"]')).not.toBeNull();
    expect(ua.querySelector('a[href="/charts/claims-by-nationality/"]')?.textContent).toMatch(/^Honduras topped/);
    expect(ua.querySelector('a[href="/data/claims-by-nationality.csv"]')?.textContent).toBe(
      "Asylum claims in Mexico by nationality, 2017, 2018, 2022 and 2024 (CSV)",
    );
    expect(text(doc.getElementById("source-comar-2025-01-efe"))).toContain("Asylum claims in Mexico by nationality");
    const event = content.timeline.find((e) => e.sources.includes("amnesty-ua-150-18"))!;
    expect(ua.querySelector(`a[href="/timeline/#${event.id}"]`)?.textContent).toBe(event.title);
  });

  it("shows every correction with both figures, each labelled, the document's first", () => {
    expect(content.corrections.length).toBeGreaterThanOrEqual(7);
    for (const correction of content.corrections) {
      const [document, correct] = [side(correction.id, "document"), side(correction.id, "correct")];
      expect(text(document?.querySelector("dt")), correction.id).toBe("In the document");
      expect(text(correct?.querySelector("dt")), correction.id).toMatch(
        /^(Correct|Revised|Later figure|What the sources show|What it covers|Other sources say)$/,
      );
      expect(text(document?.querySelector(".value")), correction.id).not.toBe("");
      expect(text(correct?.querySelector(".value")), correction.id).not.toBe("");
      expect(document!.compareDocumentPosition(correct!) & 4, correction.id).toBe(4); // document side first
    }
  });

  it("gives the Urgent Action's asylum figures beside COMAR's revised ones", () => {
    expect([
      text(side("asylum-claims-2016", "document")?.querySelector(".value")),
      text(side("asylum-claims-2016", "correct")?.querySelector(".value")),
    ]).toEqual(["8,788", "8,796"]);
    expect([
      text(side("asylum-claims-2017", "document")?.querySelector(".value")),
      text(side("asylum-claims-2017", "correct")?.querySelector(".value")),
    ]).toEqual(["14,596", "14,619"]);
    expect(text(side("asylum-claims-2017", "correct")?.querySelector("dt"))).toBe("Revised");
  });

  it("corrects Pence's date and the $20 million plan's date, as machine-readable dates", () => {
    expect(side("pence-date", "document")?.querySelector("time")?.getAttribute("datetime")).toBe("2018-05-01");
    expect(side("pence-date", "correct")?.querySelector("time")?.getAttribute("datetime")).toBe("2018-04-30");
    expect(text(side("removal-plan-date", "document"))).toContain("early October");
    expect(side("removal-plan-date", "correct")?.querySelector("time")?.getAttribute("datetime")).toBe("2018-09-12");
    expect(text(doc.getElementById("correction-removal-plan-date"))).toContain("$20M");
  });

  it("says the survey's share covers the detained respondents, not all responses, as a clarification", () => {
    expect(text(side("survey-share-base", "document"))).toContain("500");
    expect(text(side("survey-share-base", "correct")?.querySelector("dt"))).toBe("What it covers");
    expect(text(side("survey-share-base", "correct")?.querySelector("dd"))).toMatch(
      /^75%, of the 297 responses from people held/,
    );
  });

  it("attributes the border-crossing range to the Urgent Action, not UNHCR, and corrects the minister's name", () => {
    expect(text(side("southern-border-entries", "document"))).toContain(
      "400,000 to 500,000 a year, attributed to UNHCR",
    );
    expect(text(side("southern-border-entries", "correct"))).toContain("no single UNHCR statement");
    expect(text(side("foreign-minister-name", "document")?.querySelector(".value"))).toBe("Luis Vidergaray");
    expect(text(side("foreign-minister-name", "correct")?.querySelector(".value"))).toBe("Luis Videgaray Caso");
  });

  it("gives both dates reported for Nielsen's statement, without picking one", () => {
    expect(side("nielsen-date", "document")?.querySelector("time")?.getAttribute("datetime")).toBe("2018-04-25");
    expect(side("nielsen-date", "correct")?.querySelector("time")?.getAttribute("datetime")).toBe("2018-04-23");
    expect(text(side("nielsen-date", "correct")?.querySelector("dt"))).toBe("Other sources say");
  });

  it("links each correction to the sources of both sides", () => {
    expect(side("pence-date", "document")?.querySelector('a[href*="amnesty"]')).not.toBeNull();
    expect(side("pence-date", "correct")?.querySelector('a[href*="sandiegouniontribune"]')).not.toBeNull();
    expect(
      doc.getElementById("source-amnesty-ua-150-18")!.querySelector('a[href="#correction-pence-date"]'),
    ).not.toBeNull();
  });

  it("prints no unfilled {fact} token", () => {
    expect(doc.querySelector("main")!.textContent).not.toMatch(/\{[a-z0-9-]+\}/);
  });
});
