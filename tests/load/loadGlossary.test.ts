import { describe, expect, it } from "vitest";
import { loadContent } from "../../src/load/loadContent.ts";
import { fixtureWith } from "../helpers/fixture.ts";

const GLOSSARY = "glossary.yaml";
const VALID = `- id: comar
  term: COMAR
  also: [Comisión Mexicana de Ayuda a Refugiados]
  definition: Mexico's refugee commission, which saw claims grow {growth}.
  sources: [report-a]

- id: asylum
  term: Asylum
  definition: Protection from persecution.
  sources: [report-a, paper-b]
`;
const CHAPTER = `---
title: One
dek: A chapter.
order: 1
slug: one
sources: [report-a]
updated: 2020-01-01
---
Claims to <Term id="comar">COMAR</Term> rose by <Fact id="growth" />.

People seek <Term
  id="asylum">asylum</Term> and <Term id="asylm">asylum</Term>.
`;
const load = (files: Record<string, string>) => () => loadContent(fixtureWith(files));

describe("loadContent(dir): glossary.yaml", () => {
  it("is an empty glossary when the file is missing", () => {
    expect(loadContent(fixtureWith()).glossary).toEqual([]);
  });

  it("reads every term, with `also` defaulting to none", () => {
    const terms = loadContent(fixtureWith({ [GLOSSARY]: VALID })).glossary;
    expect(terms.map((t) => t.id)).toEqual(["comar", "asylum"]);
    expect(terms[1]).toMatchObject({ term: "Asylum", also: [], sources: ["report-a", "paper-b"] });
  });

  it("fails on a repeated id with the line of the repeat and of the first", () => {
    expect(load({ [GLOSSARY]: VALID.replace("id: asylum", "id: comar") })).toThrow(
      'content/glossary.yaml:7: term "comar": expected a unique id, found "comar" again (first at line 1)',
    );
  });

  it("fails on an unknown source with the line of the source", () => {
    expect(load({ [GLOSSARY]: VALID.replace("[report-a, paper-b]", "[report-a,\n    paper-z]") })).toThrow(
      'content/glossary.yaml:11: term "asylum": field "sources": expected a source id listed in content/sources/*.yaml, found unknown "paper-z"',
    );
  });

  it("fails on a {token} that names no fact", () => {
    expect(load({ [GLOSSARY]: VALID.replace("{growth}", "{growht}") })).toThrow(
      'content/glossary.yaml:4: term "comar": field "definition": expected {…} to name a fact id from content/facts/*.yaml, found {growht}',
    );
  });

  it("fails on a figure typed into a definition", () => {
    expect(load({ [GLOSSARY]: VALID.replace("{growth}", "by 14,596") })).toThrow(
      'content/glossary.yaml:4: term "comar": field "definition": expected figures as {fact-id} tokens, found "14,596" typed in',
    );
  });

  it("fails on a term without sources, naming the field", () => {
    expect(load({ [GLOSSARY]: VALID.replace("[report-a, paper-b]", "[]") })).toThrow(
      'content/glossary.yaml:10: field "[1].sources": expected at least one source id, found none',
    );
  });

  it("accepts every <Term> in a chapter that names a known term", () => {
    expect(load({ [GLOSSARY]: VALID, "chapters/one.mdx": CHAPTER.replace('"asylm"', '"asylum"') })).not.toThrow();
  });

  it("fails on an unknown <Term id> in a chapter with its file and line", () => {
    expect(load({ [GLOSSARY]: VALID, "chapters/one.mdx": CHAPTER })).toThrow(
      'content/chapters/one.mdx:12: <Term id="asylm">: expected a term id from content/glossary.yaml, found an unknown id',
    );
  });

  it("fails on a <Term> in a chapter when there is no glossary", () => {
    expect(load({ "chapters/one.mdx": CHAPTER })).toThrow(
      'content/chapters/one.mdx:9: <Term id="comar">: expected a term id from content/glossary.yaml, found an unknown id',
    );
  });
});
