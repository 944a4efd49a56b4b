import { describe, expect, it } from "vitest";
import { page, pages } from "../helpers/site.ts";

// What a reader of each built chapter must be able to see: the corrections to the source documents, shown beside
// the original figure or date, and, in the archived call to action, no personal contact details.

const chapter = (slug: string) => `/chapters/${slug}/`;
const article = (slug: string) => page(chapter(slug)).querySelector("article")!;
/** Text with runs of white space collapsed, as a reader sees it. */
const text = (el: Element | null) => (el?.textContent ?? "").replace(/\s+/g, " ").replace(/[‘’]/g, "'");
/** The callout (aside.callout) whose heading matches `heading`. */
const callout = (slug: string, heading: RegExp) =>
  [...article(slug).querySelectorAll("aside.callout")].find((aside) =>
    heading.test(text(aside.querySelector("h2, h3"))),
  );

describe("the seven chapters", () => {
  it("are all built, in reading order", () => {
    const slugs = [
      "the-deal",
      "mexicos-asylum-system",
      "who-crosses",
      "paying-for-enforcement",
      "what-happened-next",
      "the-idea-returns",
      "call-to-action-2018",
    ];
    expect(pages()).toEqual(expect.arrayContaining(slugs.map(chapter)));
    slugs.forEach((slug, i) =>
      expect(text(page(chapter(slug)).querySelector("article header")), slug).toContain(`Chapter ${i + 1}`),
    );
  });
});

/** The "In brief" box that opens a chapter: its list items, as a reader sees them. */
const inBrief = (slug: string) =>
  [...(article(slug).querySelector("section.in-brief")?.querySelectorAll("li") ?? [])].map(text);

describe("chapter 1, the deal", () => {
  it("opens with three or four takeaways, before the first section", () => {
    const items = inBrief("the-deal");
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(4);
    const order = [...article("the-deal").querySelectorAll("*")];
    const box = article("the-deal").querySelector("section.in-brief")!;
    const firstSection = order.find((el) => el.tagName === "H2" && !box.contains(el))!;
    expect(order.indexOf(box)).toBeLessThan(order.indexOf(firstSection));
  });

  it("gives the safe-third-country clause in the INA and its US Code section, and dates the clause to 1996", () => {
    const body = text(article("the-deal"));
    expect(body).toContain("§ 208(a)(2)(A)");
    expect(body).toContain("8 U.S.C. § 1158(a)(2)(A)");
    expect(body).toMatch(/Canada, signed in 2002/);
    expect(body).toMatch(/clause was written in 1996/);
  });

  it("gives the US government's stated reasons in its own words, beside Mexico's and the critics'", () => {
    const body = text(article("the-deal"));
    expect(body).toMatch(/probably should have applied for asylum on their way here/);
    expect(body).toMatch(/If you seek asylum, do so in that country/);
    expect(body).toMatch(/only for Mexico to decide its own immigration policy/);
    expect(body).toMatch(/Human Rights First/);
  });

  it("dates Pence's remarks 30 April and leaves the Urgent Action's 1 May to the corrections list", () => {
    const body = text(article("the-deal"));
    expect(body).toMatch(/On 30 April Vice President Mike Pence/);
    expect(body).not.toMatch(/1 May/);
  });

  it("gives both dates reported for Nielsen's statement in one line, pointing to the corrections list", () => {
    const body = text(article("the-deal"));
    expect(body).toMatch(/23 or 25 April/);
    expect(article("the-deal").querySelector('a[href$="sources/#correction-nielsen-date"]')).not.toBeNull();
  });

  it("keeps errata out of the story: no callout about a date or a spelling, and the minister's name spelt right", () => {
    expect(callout("the-deal", /23 or 25 April|Pence|misspelled/i)).toBeUndefined();
    expect(article("the-deal").querySelectorAll("aside.callout").length).toBeLessThanOrEqual(2);
    const body = text(article("the-deal"));
    expect(body).toContain("Luis Videgaray");
    expect(body).not.toContain("Vidergaray");
  });

  it("attributes the Washington Post report of 10 July to Amnesty", () => {
    expect(text(article("the-deal"))).toMatch(/According to Amnesty, the Washington Post reported on 10 July/);
  });

  it("links each attributed claim to its source, Videgaray's words to Politico itself", () => {
    const links = [...article("the-deal").querySelectorAll("a.cite")].map((a) => a.getAttribute("href"));
    expect(links).toContain("https://www.politico.com/story/2018/05/16/trump-mexico-asylum-immigration-547919");
    expect(links).toContain(
      "https://www.politico.com/newsletters/morning-shift/2018/04/26/videgaray-asylum-deal-not-in-the-cards-184022",
    );
    expect(links).toContain(
      "https://www.sandiegouniontribune.com/news/immigration/sd-me-pence-fence-20180430-story.html",
    );
    expect(links.some((href) => href?.includes("breitbart"))).toBe(false);
  });
});

describe("chapter 2, Mexico's asylum system", () => {
  it("opens with three or four takeaways", () => {
    expect(inBrief("mexicos-asylum-system").length).toBeGreaterThanOrEqual(3);
    expect(inBrief("mexicos-asylum-system").length).toBeLessThanOrEqual(4);
  });

  it("shows the Urgent Action's claim counts beside COMAR's revised ones", () => {
    const body = text(article("mexicos-asylum-system"));
    for (const figure of ["8,788", "8,796", "14,596", "14,619"]) expect(body).toContain(figure);
  });

  it("does not say where the Urgent Action's figures came from, since it did not, nor why COMAR revises", () => {
    const body = text(article("mexicos-asylum-system"));
    expect(body).not.toMatch(/Mexico's own figures/);
    expect(body).not.toMatch(/late files|duplicates/);
    expect(body).toMatch(/did not say where its figures came from/);
  });

  it("labels counts for part of 2025 by their months, never as the year's total", () => {
    const body = text(article("mexicos-asylum-system"));
    expect(body).toMatch(/From January to May 2025/);
    expect(body).toMatch(/From January to September 2025/);
    expect(body).not.toMatch(/in 2025 (?:COMAR recorded|there were)/);
  });

  it("ends with its sources", () => {
    expect(article("mexicos-asylum-system").querySelector(".source-list")).not.toBeNull();
  });
});

describe("chapter 3, who crosses", () => {
  it("states the 75% as a share of the 297 detained respondents, and mentions 500 migrants only to correct it", () => {
    const blocks = [...article("who-crosses").querySelectorAll("p, li, aside")].map(text);
    expect(blocks.some((block) => block.includes("75%") && block.includes("297"))).toBe(true);
    const misreadings = blocks.filter((block) => /\b500 (?:Central American )?migrants\b/.test(block));
    for (const block of misreadings) expect(block).toMatch(/297/);
  });
});

describe("chapter 4, paying for enforcement", () => {
  it("shows both dates given for the $20 million plan", () => {
    const body = text(article("paying-for-enforcement"));
    expect(body).toMatch(/12 September 2018/);
    expect(body).toMatch(/early October/);
  });
});

describe("chapter 5, what happened next", () => {
  it("prints the number returned under MPP from the data, linked to its source note", () => {
    const fact = article("what-happened-next").querySelector('a.fact[href="#fact-mpp-returned-2019-2021"]');
    expect(text(fact)).toBe("70,000");
    const note = page(chapter("what-happened-next")).getElementById("fact-mpp-returned-2019-2021");
    expect(note?.querySelector("a")?.getAttribute("href")).toBe(
      "https://ncja.org/crimeandjusticenews/after-court-action-biden-suspends-trump-s-remain-in-mexico-policy",
    );
  });

  it("opens with three or four takeaways and keeps to two callouts at most", () => {
    const items = [...(article("what-happened-next").querySelector("section.in-brief")?.querySelectorAll("li") ?? [])];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(4);
    expect(article("what-happened-next").querySelectorAll("aside.callout").length).toBeLessThanOrEqual(2);
  });

  it("gives Ebrard's words of 11 June 2019 in La Jornada's Spanish, with this site's translation, and no invented English quote", () => {
    const body = text(article("what-happened-next"));
    expect(body).toContain("Se estaría aplicando si fracasamos y si aceptamos lo que nos digan");
    expect(body).toMatch(/this site's translation/);
    expect(body).not.toMatch(/Safe third country could be applied if we fail/);
  });

  it("sets the US government's stated reasons beside Amnesty USA's words, cited to its own release", () => {
    const body = text(article("what-happened-next"));
    expect(body).toMatch(/not meritorious/);
    expect(body).toMatch(/magic words/);
    expect(body).toMatch(/share the distribution of hundreds of thousands of asylum claims/);
    expect(body).toMatch(/continue to make a grotesque mockery of the right to asylum/);
    const links = [...article("what-happened-next").querySelectorAll("a.cite")].map((a) => a.getAttribute("href"));
    expect(links).toContain("https://www.amnestyusa.org/press-releases/new-honduras-agreement-could-be-deadly/");
  });

  it("dates the turning points", () => {
    const body = text(article("what-happened-next"));
    for (const date of [
      "20 December 2018",
      "29 January 2019",
      "7 June 2019",
      "16 July 2019",
      "11 September 2019",
      "26 July 2019",
      "20 September",
      "25 September",
      "6 February 2021",
      "20 March 2020",
      "12 October 2022",
      "11 May 2023",
    ]) {
      expect(body, date).toContain(date);
    }
  });
});

describe("chapter 6, the idea returns", () => {
  const body = () => text(article("the-idea-returns"));

  it("opens with three or four takeaways and keeps to two callouts at most", () => {
    const items = [...(article("the-idea-returns").querySelector("section.in-brief")?.querySelectorAll("li") ?? [])];
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.length).toBeLessThanOrEqual(4);
    expect(article("the-idea-returns").querySelectorAll("aside.callout").length).toBeLessThanOrEqual(2);
  });

  it("says plainly that Mexico never signed, and what it accepted all the same", () => {
    const box = text(callout("the-idea-returns", /Did Mexico ever sign/) ?? null);
    expect(box).toMatch(/Mexico never signed a safe third country agreement/);
    expect(box).toMatch(/up to April 2026/);
    expect(box).toMatch(/Title 42/);
    expect(box).toMatch(/October 2022/);
    expect(box).toMatch(/unwritten arrangement/);
    expect(callout("what-happened-next", /Did Mexico ever sign/)).toBeUndefined();
  });

  it("labels the non-Mexicans Mexico received by their period, never as a total for 2025", () => {
    expect(body()).toMatch(/from 20 January to 10 December 2025 it received 11,886 people of other nationalities/);
    expect(body()).not.toMatch(/2025 total|total for 2025 of/i);
  });

  it("quotes Mexico's leaders in Spanish with this site's translation", () => {
    for (const words of ["No seremos tercer país seguro", "no lo compartimos", "México no ha firmado nada de eso"])
      expect(body()).toContain(words);
    expect(body().match(/this site's translation/g)?.length ?? 0).toBeGreaterThanOrEqual(3);
  });

  it("sets the partner governments' denials beside the US announcements", () => {
    expect(body()).toMatch(/Wilson Paz, denied it/);
    expect(body()).toMatch(/Arévalo, said on 27 June that nothing new had been signed/);
  });

  it("states the weaker sourcing of the April 2026 ruling and how far the record goes, with a date", () => {
    expect(body()).toMatch(/24 April 2026/);
    expect(body()).toMatch(/[Oo]nly two aggregators' summaries of this ruling were found/);
    expect(body()).toMatch(/The public record found for this site runs to April 2026/);
  });

  it("calls the fiscal year 2025 border figure preliminary", () => {
    expect(body()).toMatch(/237,565/);
    expect(body()).toMatch(/preliminary/);
  });

  it("dates the turning points", () => {
    for (const date of [
      "20 January 2025",
      "21 January",
      "24 June 2025",
      "26 June",
      "2 July 2025",
      "23 June 2025",
      "3 September 2025",
    ])
      expect(body(), date).toContain(date);
  });
});

describe("chapter 7, the 2018 call to action", () => {
  const doc = page(chapter("call-to-action-2018"));
  const body = article("call-to-action-2018");

  it("says at the top, in a visible notice, that the action is closed, with its dates", () => {
    const notice = body.querySelector("aside.callout");
    const order = [...body.querySelectorAll("*")];
    const firstSection = order.find((el) => el.tagName === "H2" && text(el) === "What Amnesty asked for")!;
    expect(order.indexOf(notice!)).toBeLessThan(order.indexOf(firstSection));
    expect(text(notice?.querySelector("h2") ?? null)).toBe("This action is closed");
    expect(notice?.querySelector('time[datetime="2018-08-28"]')).not.toBeNull();
    expect(notice?.querySelector('time[datetime="2018-09-27"]')).not.toBeNull();
  });

  it("republishes no contact details: no @, e-mail address, phone number, postal address or contact link", () => {
    const html = body.innerHTML;
    expect(html).not.toContain("@");
    expect(html).not.toMatch(/[\w.+-]+ ?(?:@|\[at\]) ?[\w-]+\.[a-z]{2,}/i);
    const prose = text(body).replace(text(body.querySelector(".source-list")), "");
    expect(prose).not.toMatch(/\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}/);
    expect(prose).not.toMatch(/Pennsylvania Ave|Plaza J[uú]arez|CDMX|\b\d{5}\b/);
    // A "share by email" link names no recipient (mailto:?subject=…): it is not a contact detail.
    expect(doc.querySelectorAll('a[href^="mailto:"]:not([href^="mailto:?"]), a[href^="tel:"]').length).toBe(0);
  });

  it("describes the officials by their posts, not by name", () => {
    const words = text(body);
    expect(words).toMatch(/the foreign minister/);
    expect(words).toMatch(/Mexico's ambassador in Washington/);
    expect(words).not.toMatch(/Videgaray|Vidergaray|Gutiérrez/);
  });

  it("records the outcome from Amnesty's update of 30 October 2018", () => {
    expect(text(body)).toMatch(/On 30 October 2018 Amnesty followed up/);
    expect([...body.querySelectorAll("a.cite")].map((a) => a.getAttribute("href"))).toContain(
      "https://www.amnesty.org.uk/resources/urgent-action-good-news-us-mexico-asylum-deal-appears-unlikely",
    );
  });
});
