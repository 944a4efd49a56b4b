import { parseHTML } from "linkedom";
import type { CustomRecord } from "pagefind";
import { SEARCH_TYPES } from "../site/search.ts";

/** The attribute that makes each item of a list its own search result: `data-search-records="<kind>"`. */
export const RECORDS_ATTRIBUTE = "data-search-records";

const collapse = (text: string | null | undefined) => (text ?? "").replace(/\s+/g, " ").trim();
/** Elements whose text reads apart from their neighbours' (built HTML has no whitespace between them). */
const BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, dt, dd, div, br, td, th";

/**
 * The search records of one built page: every `<li id>` directly inside a list marked `data-search-records="<kind>"`
 * (a source, a correction, a glossary term) becomes a result of its own, at `<pagePath>#<id>`, titled by its first
 * heading (else its first paragraph), in the page's language. Long pages of many short entries are searched entry by
 * entry this way, and a query fetches only the entries it finds. Elements matching `exclude` are left out of the
 * text. An unknown kind is a build error naming the page.
 */
export function searchRecords(html: string, pagePath: string, exclude: readonly string[]): CustomRecord[] {
  if (!html.includes(RECORDS_ATTRIBUTE)) return [];
  const { document } = parseHTML(html);
  // Pagefind files a page under its <html lang> lowercased ("es-mx"), and its script asks for that index; a record
  // filed as "es-MX" would sit in an index no page loads.
  const language = (document.documentElement.getAttribute("lang") ?? "unknown").toLowerCase();
  return [...document.querySelectorAll(`[${RECORDS_ATTRIBUTE}]`)].flatMap((list) => {
    const type = list.getAttribute(RECORDS_ATTRIBUTE) ?? "";
    if (!(SEARCH_TYPES as readonly string[]).includes(type)) {
      throw new Error(`${pagePath}: ${RECORDS_ATTRIBUTE}="${type}": expected one of ${SEARCH_TYPES.join(", ")}`);
    }
    return [...list.children].flatMap((item) => {
      if (item.tagName !== "LI" || !item.id) return [];
      for (const node of item.querySelectorAll([...exclude, "[data-pagefind-ignore]"].join(", "))) node.remove();
      for (const block of item.querySelectorAll(BLOCKS)) block.after(" ");
      const title = collapse((item.querySelector("h1, h2, h3, h4, h5, h6") ?? item.querySelector("p"))?.textContent);
      return [
        {
          url: `${pagePath}#${item.id}`,
          content: collapse(item.textContent),
          language,
          meta: { title },
          filters: { type: [type] },
        },
      ];
    });
  });
}
