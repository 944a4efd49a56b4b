import { describe, expect, it } from "vitest";
import { page, pages } from "../helpers/site.ts";

const doc = page("/");
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();

describe("the home page", () => {
  it("opens with the headline, a question, and a short dek", () => {
    expect(text(doc.querySelector("h1"))).toBe("Safe Third Country?");
    expect(text(doc.querySelector("h1 + .dek")).length).toBeGreaterThan(40);
  });

  it("leads with three key figures, each stated in a sentence, sourced, and linked to where it is explained", () => {
    const items = [...doc.querySelectorAll("#key-facts-heading ~ ul > li")];
    expect(items.length).toBe(3);
    for (const item of items) {
      const figure = text(item.querySelector(".figure"));
      expect(figure).toMatch(/\d/);
      expect(text(item.querySelector(".text")), figure).toContain(figure); // the figure is read once, in its sentence
      expect(item.querySelector(".figure")?.getAttribute("aria-hidden")).toBe("true");
      expect(text(item.querySelector(".source")), figure).toMatch(/^Source: .+\. More in /);
      expect(item.querySelector(".source a")?.getAttribute("href"), figure).toMatch(/^\/(chapters\/[^/]+\/#fact-|facts\/)[a-z0-9-]+\/?$/);
    }
  });

  it("lists every chapter, in order, with its dek, after the key figures", () => {
    const chapters = [...doc.querySelectorAll(".chapter-list > li")];
    expect(chapters.length).toBe(pages().filter((p) => /^\/chapters\/[^/]+\/$/.test(p)).length);
    for (const li of chapters) expect(text(li.querySelector("p")).length).toBeGreaterThan(20);
    const headings = [...doc.querySelectorAll("h2")].map((h) => h.id);
    expect(headings.indexOf("key-facts-heading")).toBeLessThan(headings.indexOf("chapters"));
  });
});
