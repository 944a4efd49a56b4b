import { describe, expect, it } from "vitest";
import { page } from "../helpers/site.ts";

// What a reader of chapter 4 must be able to see in the built page: Mérida dated and superseded (not simply ended),
// the US government's stated reasons for the 2018 removal plan in its own words beside the objections and Mexico's
// reply, and the date disputes left to the corrections list with a pointer.

const doc = page("/chapters/paying-for-enforcement/");
const article = doc.querySelector("article")!;
/** Text with runs of white space collapsed, as a reader sees it. */
const text = (el: Element | null | undefined) =>
  (el?.textContent ?? "").replace(/\s+/g, " ").replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
const fact = (id: string) => text(article.querySelector(`a.fact[href="#fact-${id}"]`));
const body = text(article);

describe("chapter 4, paying for enforcement", () => {
  it("dates the Mérida Initiative's announcement and says the Bicentennial Framework replaced it", () => {
    expect(body).toMatch(/on 22 October 2007 their governments announced/);
    expect(body).toMatch(/Mérida did not simply end\. On 8 October 2021/);
    expect(body).toMatch(/replace it with the US–Mexico Bicentennial Framework/);
  });

  it("gives DHS's reasons for the removal plan in its own words, with the figure it cited from the data", () => {
    expect(fact("removal-plan-family-rise-dhs")).toBe("38%");
    expect(body).toMatch(/"to confront rising border apprehension numbers"/);
    expect(body).toMatch(/"address, and potentially deter, irregular migrant flows"/);
  });

  it("sets the objections and Mexico's reply beside the reasons", () => {
    expect(body).toMatch(/International Detention Coalition/);
    expect(body).toMatch(/had accepted it neither verbally nor in writing/);
  });

  it("keeps the date dispute out of the story but points to the correction", () => {
    expect(body).toMatch(/12 September 2018/);
    expect(article.querySelector('a[href$="sources/#correction-removal-plan-date"]')).not.toBeNull();
    expect(article.querySelector('a[href$="sources/#correction-merida-total"]')).not.toBeNull();
  });

  it("opens with three or four takeaways and keeps to two callouts at most", () => {
    const items = article.querySelectorAll("section.in-brief li");
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(4);
    expect(article.querySelectorAll("aside.callout").length).toBeLessThanOrEqual(2);
  });
});
