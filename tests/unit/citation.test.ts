import { describe, expect, it } from "vitest";
import { apaCitation, bibtexCitation, markAccessDates, runsText } from "../../src/site/citation.ts";

const input = {
  siteName: "Safe Third Country?",
  title: "Mérida money: $3.5 billion & 100% of it",
  kind: "Chart",
  date: "2026-11-22",
  url: "https://example.org/charts/x/",
  accessed: "[date you accessed it]",
  retrieved: "Retrieved {date}, from {url}",
};

describe("apaCitation(input)", () => {
  it("reads Author. (Year). Title [Kind]. Retrieved date, from URL, with the title in italics", () => {
    const runs = apaCitation(input);
    expect(runsText(runs)).toBe(
      "Safe Third Country? (2026). Mérida money: $3.5 billion & 100% of it [Chart]. Retrieved [date you accessed it], from https://example.org/charts/x/",
    );
    expect(runs.filter((r) => r.italic).map((r) => r.text)).toEqual([input.title]);
  });
  it("follows the language's APA: 'Recuperado el …, de …' in Spanish", () => {
    expect(
      runsText(apaCitation({ ...input, accessed: "[fecha de consulta]", retrieved: "Recuperado el {date}, de {url}" })),
    ).toMatch(/\[Chart\]\. Recuperado el \[fecha de consulta\], de https:\/\/example\.org\/charts\/x\/$/);
  });
  it("adds the full stop after an author that does not end in one", () => {
    expect(runsText(apaCitation({ ...input, siteName: "Example" }))).toMatch(/^Example\. \(2026\)/);
  });
});

describe("bibtexCitation(key, input)", () => {
  const entry = bibtexCitation("stc-x-2026", {
    ...input,
    accessedIso: "YYYY-MM-DD",
    accessedNote: "Accessed {date}",
    note: "Chart. Data: A & B.",
  });
  it("is a @misc entry with the corporate author double-braced and the URL and access date", () => {
    expect(entry).toMatch(/^@misc\{stc-x-2026,\n/);
    expect(entry).toContain("  author = {{Safe Third Country?}},");
    expect(entry).toContain("  url = {https://example.org/charts/x/},");
    expect(entry).toContain("  urldate = {YYYY-MM-DD},");
    expect(entry).toMatch(/\n\}$/);
  });
  it("escapes the characters TeX treats specially", () => {
    expect(entry).toContain("title = {{Mérida money: \\$3.5 billion \\& 100\\% of it}}");
    expect(entry).toContain("note = {Chart. Data: A \\& B. Accessed [date you accessed it]}");
  });
});

describe("markAccessDates(text, placeholders)", () => {
  it("splits out each placeholder, marked for the browser to fill", () => {
    expect(markAccessDates("a [d] b ISO c", { long: "[d]", iso: "ISO" })).toEqual([
      { text: "a " },
      { text: "[d]", accessDate: "long" },
      { text: " b " },
      { text: "ISO", accessDate: "iso" },
      { text: " c" },
    ]);
  });
});
