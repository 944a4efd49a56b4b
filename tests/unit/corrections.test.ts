import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/load/loadContent.ts";
import { correctionView } from "../../src/site/correctionView.ts";
import { chapterSourceIds, groupByKind, sourceEntries } from "../../src/site/sourceUses.ts";
import { fixtureWith } from "../helpers/fixture.ts";

const FILE = "corrections.yaml";
const VALID = `
- id: claims-2020
  subject: Claims in 2020, up {growth} on the year before
  kind: revised
  document: { text: "about 240", sources: [paper-b] }
  correct: { fact: claims-2020, detail: "as revised in {claims-2019}'s report" }
  explanation: The agency revised its count.
  chapters: [one]
- id: report-date
  subject: When the report came out
  kind: corrected
  document: { date: 2020-06, sources: [paper-b] }
  correct: { date: 2020-05-01, sources: [report-a] }
  explanation: The story had the wrong month.
`;
const load = (yaml: string) => () => loadContent(fixtureWith({ [FILE]: yaml }));
const titles = new Map([["one", "One"]]);

describe("loadContent(dir): corrections.yaml", () => {
  it("is optional: a folder without it has no corrections", () => {
    expect(loadContent(fixtureWith()).corrections).toEqual([]);
  });

  it("reads each correction with both sides", () => {
    const [first] = loadContent(fixtureWith({ [FILE]: VALID })).corrections;
    expect(first).toMatchObject({
      id: "claims-2020",
      kind: "revised",
      document: { text: "about 240", sources: ["paper-b"] },
      correct: { fact: "claims-2020", sources: [] },
    });
  });

  it("fails on a side that gives two figures, with the line", () => {
    const bad = VALID.replace(
      'document: { text: "about 240", sources: [paper-b] }',
      'document: { text: "about 240", date: 2020, sources: [paper-b] }',
    );
    expect(load(bad)).toThrow(
      'content/corrections.yaml:5: field "[0].document": expected exactly one of fact, date or text, found none or several',
    );
  });

  it("fails on a date or text side without sources", () => {
    expect(
      load(VALID.replace("document: { date: 2020-06, sources: [paper-b] }", "document: { date: 2020-06 }")),
    ).toThrow('field "[1].document": expected sources for a date or text (a fact carries its own), found none');
  });

  it("fails on an unknown fact, source, token or chapter, naming the correction and field", () => {
    expect(load(VALID.replace("fact: claims-2020,", "fact: claims-2030,"))).toThrow(
      'correction "claims-2020", field "correct.fact": expected a fact id from content/facts/*.yaml, found "claims-2030"',
    );
    expect(load(VALID.replace("sources: [report-a]", "sources: [report-z]"))).toThrow(
      'correction "report-date", field "correct.sources.0": expected a source id listed in content/sources/*.yaml, found "report-z"',
    );
    expect(load(VALID.replace("{growth}", "{grwth}"))).toThrow(
      'correction "claims-2020", field "subject": expected {…} to name a fact id from content/facts/*.yaml, found {grwth}',
    );
    expect(load(VALID.replace("chapters: [one]", "chapters: [two]"))).toThrow(
      'field "chapters.0": expected a chapter slug from content/chapters/*.mdx, found "two"',
    );
  });

  it("fails on a repeated id", () => {
    expect(load(VALID.replace("id: report-date", "id: claims-2020"))).toThrow(
      'expected a unique correction id, found "claims-2020" again (first at line 2)',
    );
  });
});

describe("correctionView(correction, content, chapterTitles, locale)", () => {
  const content = loadContent(fixtureWith({ [FILE]: VALID }));
  const [revised, corrected] = content.corrections.map((c) => correctionView(c, content, titles, "en"));

  it("labels the document's figure and the revised one, printing facts and filling {fact} tokens", () => {
    expect(revised).toMatchObject({
      subject: "Claims in 2020, up 150% on the year before",
      document: { label: "In the document", value: "about 240" },
      correct: { label: "Revised", value: "250", detail: "as revised in 100's report" },
      chapters: [{ slug: "one", title: "One" }],
    });
  });

  it("prints dates at their own precision, with the machine-readable form, and says which is correct", () => {
    expect(corrected!.document).toMatchObject({ label: "In the document", value: "June 2020", datetime: "2020-06" });
    expect(corrected!.correct).toMatchObject({ label: "Correct", value: "May 1, 2020", datetime: "2020-05-01" });
  });

  it("collects the sources of both sides: listed ones, and those of the facts printed", () => {
    expect(revised!.document.sources.map((s) => s.id)).toEqual(["paper-b"]);
    expect(revised!.correct.sources.map((s) => s.id)).toEqual(["paper-b", "report-a"]);
    expect(revised!.sourceIds).toEqual(["paper-b", "report-a"]);
  });
});

describe("sourceEntries(content, chapters, corrections, locale)", () => {
  const content = loadContent(fixtureWith({ [FILE]: VALID }));
  const body = 'Claims rose by <Fact id="growth" />.\n\n<Chart id="claims" />';
  const chapters = [{ slug: "one", title: "One", order: 1, sources: ["report-a"], body }];
  const corrections = new Map(content.corrections.map((c) => [c.id, correctionView(c, content, titles, "en")]));
  const entries = new Map(sourceEntries(content, chapters, corrections, "en").map((e) => [e.id, e]));

  it("counts a source as cited by a chapter through its frontmatter, its facts, its charts or <Cite>", () => {
    expect([...chapterSourceIds({ ...chapters[0]!, sources: [], body: '<Fact id="claims-2019" />' }, content)]).toEqual(
      ["report-a"],
    );
    expect([...chapterSourceIds({ ...chapters[0]!, sources: [], body: '<Chart id="claims" />' }, content)]).toEqual([
      "report-a",
      "paper-b",
    ]);
    expect([
      ...chapterSourceIds({ ...chapters[0]!, sources: [], body: 'As <Cite id="paper-b">B</Cite> said.' }, content),
    ]).toEqual(["paper-b"]);
    expect(entries.get("paper-b")!.uses.chapters).toEqual([{ slug: "one", title: "One" }]);
  });

  it("says which data, charts and corrections rely on each source, and names its language", () => {
    expect(entries.get("paper-b")).toMatchObject({
      languageName: "Spanish",
      date: "July 2021",
      uses: {
        datasets: [{ id: "claims", title: "Claims by year" }],
        charts: [{ id: "claims", title: "Claims rose" }],
        corrections: [{ id: "claims-2020" }, { id: "report-date" }],
      },
    });
    expect(entries.get("report-a")!.uses.corrections.map((c) => c.id)).toEqual(["claims-2020", "report-date"]);
  });

  it("groups sources by kind, governments before news", () => {
    expect(groupByKind([...entries.values()], "en-US").map((g) => [g.kind, g.sources.map((s) => s.id)])).toEqual([
      ["government", ["report-a"]],
      ["news", ["paper-b"]],
    ]);
  });
});
