import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { decodeEntities, pageHead } from "../../src/integrations/pageHead.ts";

const html = `<!DOCTYPE html><html lang="en" data-x="1"><head><meta charset="utf-8">
<title>Claims &amp; appeals</title>
<meta name="description" content="Rose &lt;5 % &quot;quoted&quot; &#39;single&#39; &#x2014; dash">
<meta property="og:title" content='Claims &amp; appeals'>
<meta property="og:image" content=https://example.org/og/index.png>
<link rel="icon" href="/favicon.svg"><link href="https://example.org/a/" rel="canonical">
<link rel="alternate" hreflang="en" href="https://example.org/a/"><link rel="alternate" hreflang="es-MX" href="https://example.org/es/a/">
<meta name="robots" content="noindex"><meta property="og:title" content="second, ignored">
</head><body><meta property="og:title" content="in the body, ignored"><link rel="canonical" href="/body/"></body></html>`;

describe("pageHead(html)", () => {
  it("reads the language, meta tags by property or name, and the canonical link, as a DOM would", () => {
    const head = pageHead(html);
    const { document } = parseHTML(html);
    expect(head.lang).toBe("en");
    expect(head.meta.get("description")).toBe(
      document.querySelector('meta[name="description"]')!.getAttribute("content"),
    );
    expect(head.meta.get("og:title")).toBe("Claims & appeals");
    expect(head.meta.get("og:image")).toBe("https://example.org/og/index.png");
    expect(head.meta.get("robots")).toBe("noindex");
    expect(head.canonical).toBe("https://example.org/a/");
    expect([...head.alternates]).toEqual([
      ["en", "https://example.org/a/"],
      ["es-MX", "https://example.org/es/a/"],
    ]);
  });

  it("finds nothing it was not given", () => {
    expect(pageHead("<html><head></head><body></body></html>")).toEqual({
      lang: "",
      meta: new Map(),
      alternates: new Map(),
    });
  });
});

describe("decodeEntities(text)", () => {
  it("decodes named, decimal and hexadecimal references and leaves unknown ones", () => {
    expect(decodeEntities("&amp;lt; &lt; &#233; &#xE9; &nbsp;x")).toBe("&lt; < é é &nbsp;x");
  });
});
