import { describe, expect, it } from "vitest";
import { embedSnippet, hostScriptSnippet } from "../../src/site/embedSnippet.ts";
import { embedFallback } from "../../src/site/embedSize.ts";
import { frameResizeHeight, heightMessages, HEIGHT_REQUEST, isHeightRequest } from "../../src/client/embedProtocol.ts";

describe("embedSnippet(src, title, fallback)", () => {
  const snippet = embedSnippet("https://example.org/embed/a/", 'Chart: "A" & <b>', { aspectRatio: 1.25, minHeight: 700, height: 900 });
  it("is an iframe with an escaped title, lazy loading, the full width and the fallback size", () => {
    expect(snippet).toBe(
      '<iframe src="https://example.org/embed/a/" title="Chart: &quot;A&quot; &amp; &lt;b&gt;" loading="lazy" width="100%" height="900" style="width:100%;height:auto;aspect-ratio:1.25;min-height:700px;border:0"></iframe>',
    );
  });
  it("pairs with a one-line async host script", () => {
    expect(hostScriptSnippet("https://example.org/embed.js")).toBe('<script async src="https://example.org/embed.js"></script>');
  });
});

describe("embedFallback(heightAt)", () => {
  /** A page like an embed: a taller-than-wide narrow rendering below 564 px, a 16:9 one above, plus text. */
  const heightAt = (w: number) => (w < 564 ? w * 0.93 + 420 - w * 0.2 : w * 0.5625 + 260);
  const fallback = embedFallback(heightAt);
  it("shows the whole page at every width from 300 to 1280 px: the larger of min-height and width ÷ aspect ratio", () => {
    for (let w = 300; w <= 1280; w++) expect(Math.max(fallback.minHeight, w / fallback.aspectRatio), `at ${w} px`).toBeGreaterThanOrEqual(heightAt(w) - 0.5);
  });
  it("wastes little: the minimum height is the tallest narrow page, and the height attribute the tallest of all", () => {
    expect(fallback.minHeight).toBe(heightAt(563));
    expect(fallback.height).toBe(heightAt(1280));
  });
});

describe("the embed protocol", () => {
  it("says a height in the formats Canvas and Sakai (lti.frameResize), Datawrapper and pym.js listen for", () => {
    expect(heightMessages("asylum-claims", "child-1", 640)).toEqual([
      '{"subject":"lti.frameResize","height":640}',
      { "datawrapper-height": { "asylum-claims": 640 } },
      "pymxPYMxchild-1xPYMxheightxPYMx640",
    ]);
  });
  it("reads a height only from a well-formed lti.frameResize message with a sane number", () => {
    expect(frameResizeHeight('{"subject":"lti.frameResize","height":640}')).toBe(640);
    expect(frameResizeHeight({ subject: "lti.frameResize", height: 640.2 })).toBe(641);
    for (const bad of ["hello", '{"subject":"lti.frameResize"', { subject: "lti.frameResize", height: "640" }, { subject: "lti.frameResize", height: 1e9 }, { subject: "lti.frameResize", height: -5 }, { subject: "other", height: 640 }, null, 640]) {
      expect(frameResizeHeight(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });
  it("treats only our height request and pym.js's width message for this child as requests", () => {
    expect(isHeightRequest(HEIGHT_REQUEST, "a")).toBe(true);
    expect(isHeightRequest("pymxPYMxaxPYMxwidthxPYMx600", "a")).toBe(true);
    expect(isHeightRequest("pymxPYMxbxPYMxwidthxPYMx600", "a")).toBe(false);
    expect(isHeightRequest({ type: "height?" }, "a")).toBe(false);
  });
});
