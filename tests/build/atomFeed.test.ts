import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "linkedom";
import { DIST } from "../helpers/site.ts";

// RFC 4287's required structure, checked on the parsed XML (an equivalent of validating against the Atom schema).
const ATOM = "http://www.w3.org/2005/Atom";
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

function feed() {
  const xml = readFileSync(join(DIST, "updates.xml"), "utf8");
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  return new DOMParser().parseFromString(xml, "text/xml");
}
const children = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
const one = (el: Element, name: string) => {
  const found = children(el, name);
  expect(found, `<${el.localName}> must have exactly one <${name}>`).toHaveLength(1);
  return found[0]!;
};

describe("the updates feed (/updates.xml) is an Atom feed as RFC 4287 defines it", () => {
  it("has a feed root in the Atom namespace with one id, title, updated, author and a self link", () => {
    const root = feed().documentElement as unknown as Element;
    expect(root.localName).toBe("feed");
    expect(root.getAttribute("xmlns")).toBe(ATOM);
    expect(one(root, "id").textContent).toMatch(/^https?:\/\//);
    expect(one(root, "title").textContent!.trim()).not.toBe("");
    expect(one(root, "updated").textContent).toMatch(RFC3339);
    expect(children(one(root, "author"), "name")).toHaveLength(1);
    const self = children(root, "link").filter((l) => l.getAttribute("rel") === "self");
    expect(self).toHaveLength(1);
    expect(self[0]!.getAttribute("href")).toMatch(/\/updates\.xml$/);
  });

  it("gives every entry a unique id, a title, an RFC 3339 date and a link to the page it is about", () => {
    const root = feed().documentElement as unknown as Element;
    const entries = children(root, "entry");
    expect(entries.length).toBeGreaterThan(0);
    const ids = entries.map((e) => one(e, "id").textContent);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      expect(one(entry, "title").textContent!.trim()).not.toBe("");
      expect(one(entry, "updated").textContent).toMatch(RFC3339);
      const alternate = children(entry, "link").filter((l) => (l.getAttribute("rel") ?? "alternate") === "alternate");
      expect(alternate.length).toBeLessThanOrEqual(1);
      expect(alternate.length + children(entry, "content").length).toBeGreaterThan(0);
    }
  });

  it("is linked from every page's head", () => {
    const home = readFileSync(join(DIST, "index.html"), "utf8");
    expect(home).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]*href="[^"]*\/updates\.xml"/);
  });
});
