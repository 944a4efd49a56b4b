import { describe, expect, it } from "vitest";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadContent } from "../../src/load/loadContent.ts";
import { keyFacts, loadKeyFacts } from "../../src/site/keyFacts.ts";
import { fixtureWith } from "../helpers/fixture.ts";

const dir = fixtureWith();
const content = loadContent(dir);
function load(yaml: string) {
  const file = join(dir, "key-facts.yaml");
  writeFileSync(file, yaml);
  return loadKeyFacts(file, "content/key-facts.yaml", content, "en");
}

describe("loadKeyFacts(file, label, content, locale)", () => {
  it("fills {value} and other facts' ids from the data, and carries what the figure is and its sources", () => {
    const [fact] = load(
      '- fact: growth\n  home: true\n  claim: "Claims rose {value}, from {claims-2019} to {claims-2020}"\n',
    );
    expect(fact).toMatchObject({
      id: "growth",
      home: true,
      value: "150%",
      claim: "Claims rose 150%, from 100 to 250",
      datasets: ["claims"],
    });
    expect(fact!.sources.map((s) => s.publisher)).toEqual(["Agency A", "Paper B"]);
    expect(fact!.description).toBe("Rise in claims from 2019 to 2020. Formula: (250 − 100) ÷ 100.");
  });
  it("shows a row fact's labelled cells", () => {
    const [fact] = load("- fact: claims-2020\n  claim: There were {value} claims\n");
    expect(fact!.row).toEqual({
      dataset: "Claims by year",
      cells: [
        { label: "Year", value: "2020" },
        { label: "Claims", value: "250" },
        { label: "Published", value: "Jul 2021" },
      ],
    });
    expect(fact!.note).toBe("Revised, later");
  });
  it("is empty when the file does not exist", () => {
    expect(loadKeyFacts(join(dir, "none.yaml"), "content/none.yaml", content, "en")).toEqual([]);
  });
  it("fails with the file, line and field on an unknown fact, an unknown token, a claim without {value}, or a repeat", () => {
    expect(() =>
      load("- fact: growth\n  claim: claims rose {value}\n- fact: nope\n  claim: claims rose {value}\n"),
    ).toThrow(
      'content/key-facts.yaml:3: key fact "nope": field "fact": expected a fact id from content/facts/*.yaml, found unknown "nope"',
    );
    expect(() => load("- fact: growth\n  claim: up {value} from {claims-1999}\n")).toThrow(
      'content/key-facts.yaml:2: key fact "growth": field "claim": expected {value} or a fact id in braces, found unknown {claims-1999}',
    );
    expect(() => load("- fact: growth\n  claim: a figure typed in, 150%\n")).toThrow(
      /content\/key-facts\.yaml:2: field "\[0\]\.claim": expected the claim to contain \{value\}, found none/,
    );
    expect(() =>
      load("- fact: growth\n  claim: claims rose {value}\n- fact: growth\n  claim: claims grew {value}\n"),
    ).toThrow(
      'content/key-facts.yaml:3: key fact "growth": field "fact": expected each fact once, found "growth" again',
    );
  });
});

describe("siteKeyFacts and keyFacts share one reading", () => {
  it("reads key-facts.yaml once per content and language, however many pages ask", () => {
    const file = join(fixtureWith(), "key-facts.yaml");
    writeFileSync(file, "- fact: growth\n  home: true\n  claim: Claims rose {value}\n");
    const first = keyFacts(file, "content/key-facts.yaml", content, [], "en");
    writeFileSync(file, "- fact: growth\n  home: true\n  claim: Changed after the first reading\n");
    expect(keyFacts(file, "content/key-facts.yaml", content, [], "en")).toEqual(first);
  });
});
