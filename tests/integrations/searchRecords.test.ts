import { describe, expect, it } from "vitest";
import { searchRecords } from "../../src/integrations/searchRecords.ts";

const page = (list: string, lang = "en") =>
  `<!doctype html><html lang="${lang}"><body><main><h1>Glossary</h1>${list}</main></body></html>`;

describe("searchRecords(html, pagePath, exclude)", () => {
  it("makes each <li id> of a marked list its own result, at the page's address with the item's anchor, titled by its heading", () => {
    const html = page(
      `<ol data-search-records="term">
      <li id="refoulement"><h2>Refoulement</h2><p>Returning a refugee to danger.</p><p class="term-meta">Source: UNHCR</p></li>
      <li id="comar"><h2>COMAR</h2><p>Mexico's refugee agency.</p></li>
    </ol>`,
      "es-MX",
    );
    expect(searchRecords(html, "/es/glossary/", [".term-meta"])).toEqual([
      {
        url: "/es/glossary/#refoulement",
        content: "Refoulement Returning a refugee to danger.",
        language: "es-mx", // the index Pagefind files es-MX pages under, and its script loads
        meta: { title: "Refoulement" },
        filters: { type: ["term"] },
      },
      {
        url: "/es/glossary/#comar",
        content: "COMAR Mexico's refugee agency.",
        language: "es-mx", // the index Pagefind files es-MX pages under, and its script loads
        meta: { title: "COMAR" },
        filters: { type: ["term"] },
      },
    ]);
  });

  it("titles an item without a heading by its first paragraph, leaves out data-pagefind-ignore, and skips items without an id", () => {
    const html = page(
      `<ul data-search-records="source"><li id="source-a"><p>Amnesty, “Overlooked”</p><p data-pagefind-ignore>Used in: chapter 3</p></li><li><p>no anchor</p></li></ul>`,
    );
    expect(searchRecords(html, "/sources/", [])).toEqual([
      {
        url: "/sources/#source-a",
        content: "Amnesty, “Overlooked”",
        language: "en",
        meta: { title: "Amnesty, “Overlooked”" },
        filters: { type: ["source"] },
      },
    ]);
  });

  it("gives nothing for a page without marked lists, and fails on a kind search does not know, naming the page", () => {
    expect(searchRecords(page("<ol><li id='x'>x</li></ol>"), "/", [])).toEqual([]);
    expect(() =>
      searchRecords(page(`<ol data-search-records="sauce"><li id="x">x</li></ol>`), "/sources/", []),
    ).toThrow(
      /\/sources\/: data-search-records="sauce": expected one of chapter, chart, fact, event, term, source, page/,
    );
  });
});
