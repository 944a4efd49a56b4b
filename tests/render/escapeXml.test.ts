import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { escapeXml } from "../../src/render/escapeXml.ts";

describe("escapeXml", () => {
  it("escapes the characters that can end text or a double-quoted attribute value", () => {
    expect(escapeXml(`a & b < c > d "e"`)).toBe("a &amp; b &lt; c &gt; d &quot;e&quot;");
  });

  it("leaves other text alone", () => {
    expect(escapeXml("México's – 75 %")).toBe("México's – 75 %");
  });

  it("escapes an ampersand that already starts an entity: its input is text, not markup", () => {
    expect(escapeXml("&amp;")).toBe("&amp;amp;");
  });

  it("keeps markup as text inside an element and inside an attribute", () => {
    const hostile = `</title><script>alert(1)</script>" onload="x`;
    const { document } = parseHTML(`<p title="${escapeXml(hostile)}">${escapeXml(hostile)}</p>`);
    const p = document.querySelector("p")!;
    expect(p.textContent).toBe(hostile);
    expect(p.getAttribute("title")).toBe(hostile);
    expect(document.querySelector("script")).toBeNull();
  });
});
