import { describe, expect, it } from "vitest";
import { join } from "node:path";
import { page, pages } from "../helpers/site.ts";
import { loadContent } from "../../src/load/loadContent.ts";

const content = loadContent(join(new URL("../../", import.meta.url).pathname, "content"));
const doc = page("/glossary/");
const text = (el: Element | null | undefined) => (el?.textContent ?? "").replace(/\s+/g, " ").trim();
const entries = [...doc.querySelectorAll("ol.glossary > li")];

describe("/glossary/", () => {
  it("lists every term of content/glossary.yaml once, alphabetically, each under its own anchor and heading", () => {
    expect(content.glossary.length).toBeGreaterThan(15);
    expect(entries.map((li) => li.id).sort()).toEqual(content.glossary.map((t) => t.id).sort());
    const names = entries.map((li) => text(li.querySelector("h2")));
    expect(names).toEqual([...names].sort(new Intl.Collator("en", { sensitivity: "base" }).compare));
    for (const term of content.glossary) expect(text(doc.getElementById(term.id)?.querySelector("h2"))).toBe(term.term);
  });

  it("gives each term its definition with figures filled, its other names, and a link to every one of its sources", () => {
    for (const term of content.glossary) {
      const li = doc.getElementById(term.id)!;
      const definition = text(li.querySelector(".term-definition"));
      expect(definition.length, term.id).toBeGreaterThan(40);
      expect(definition, term.id).not.toMatch(/\{[a-z0-9-]+\}/);
      for (const name of term.also) expect(text(li.querySelector(".term-also")), term.id).toContain(name);
      const linked = [...li.querySelectorAll(".term-sources a")].map((a) => a.getAttribute("href"));
      for (const id of term.sources) {
        const source = content.sources.get(id)!;
        if (source.url) expect(linked, `${term.id}: ${id}`).toContain(source.url);
        else expect(text(li.querySelector(".term-sources")), `${term.id}: ${id}`).toContain(source.publisher);
      }
    }
  });

  it("offers each term's own address as a link whose text can be selected and copied without JavaScript", () => {
    expect(doc.querySelectorAll("script").length).toBe(0);
    for (const li of entries) {
      const link = li.querySelector(".term-link a")!;
      expect(link.getAttribute("href"), li.id).toMatch(new RegExp(`^https?://[^/]+/glossary/#${li.id}$`));
      expect(text(link), li.id).toBe(link.getAttribute("href")!.replace(/^https?:\/\//, ""));
    }
  });

  it("is where every <Term> link in every chapter lands: on an entry that exists", () => {
    const chapterPages = pages().filter((p) => /^\/chapters\/[^/]+\/$/.test(p));
    const links = chapterPages.flatMap((path) =>
      [...page(path).querySelectorAll("a.term")].map((a) => ({ path, href: a.getAttribute("href")! })),
    );
    expect(links.length).toBeGreaterThan(20);
    for (const { path, href } of links) {
      expect(href, path).toMatch(/^\/glossary\/#[a-z0-9-]+$/);
      expect(doc.getElementById(href.split("#")[1]!), `${path} → ${href}`).not.toBeNull();
    }
  });

  it("is linked from every page's footer and from /sources/", () => {
    for (const path of ["/", "/sources/", "/timeline/", "/chapters/the-deal/"]) {
      expect(
        [...page(path).querySelectorAll("footer a")].map((a) => a.getAttribute("href")),
        path,
      ).toContain("/glossary/");
    }
    expect([...page("/sources/").querySelectorAll("main a")].map((a) => a.getAttribute("href"))).toContain(
      "/glossary/",
    );
  });
});
