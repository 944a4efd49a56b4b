import { describe, expect, it } from "vitest";
import { embedSnippet, hostScriptSnippet, imageSnippet } from "../../src/site/embedSnippet.ts";
import { embedFallback } from "../../src/site/embedSize.ts";
import {
  frameResizeHeight,
  heightMessages,
  HEIGHT_REQUEST,
  isHeightRequest,
  wordpressLink,
  wordpressSecret,
} from "../../src/client/embedProtocol.ts";

describe("embedSnippet(src, title, fallback)", () => {
  const snippet = embedSnippet("https://example.org/embed/a/", 'Chart: "A" & <b>', {
    aspectRatio: 1.25,
    minHeight: 700,
    height: 900,
  });
  it("is an iframe with an escaped title, lazy loading, the full width, no border and the fallback size", () => {
    expect(snippet).toBe(
      '<iframe src="https://example.org/embed/a/" title="Chart: &quot;A&quot; &amp; &lt;b&gt;" loading="lazy" width="100%" height="900" frameborder="0" style="width:100%;height:auto;aspect-ratio:1.25;min-height:max(700px);border:0"></iframe>',
    );
  });
  it("pairs with a one-line async host script", () => {
    expect(hostScriptSnippet("https://example.org/embed.js")).toBe(
      '<script async src="https://example.org/embed.js"></script>',
    );
  });
});

describe("embedFallback(heightAt)", () => {
  /** A page like an embed: a taller-than-wide narrow rendering below 564 px, a 16:9 one above, plus text. */
  const heightAt = (w: number) => (w < 564 ? w * 0.93 + 420 - w * 0.2 : w * 0.5625 + 260);
  const fallback = embedFallback(heightAt);
  it("shows the whole page at every width from 300 to 1280 px: the larger of min-height and width ÷ aspect ratio", () => {
    for (let w = 300; w <= 1280; w++)
      expect(Math.max(fallback.minHeight, w / fallback.aspectRatio), `at ${w} px`).toBeGreaterThanOrEqual(
        heightAt(w) - 0.5,
      );
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
    for (const bad of [
      "hello",
      '{"subject":"lti.frameResize"',
      { subject: "lti.frameResize", height: "640" },
      { subject: "lti.frameResize", height: 1e9 },
      { subject: "lti.frameResize", height: -5 },
      { subject: "other", height: 640 },
      null,
      640,
    ]) {
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

describe("WordPress's dialect", () => {
  it("adds WordPress's {message: 'height', value, secret} only when the frame has a secret to echo", () => {
    expect(heightMessages("a", "a", 640, "Xy12ab")).toContainEqual({ message: "height", value: 640, secret: "Xy12ab" });
    expect(heightMessages("a", "a", 640).some((m) => typeof m === "object" && m !== null && "message" in m)).toBe(
      false,
    );
  });
  it("reads the secret WordPress puts after #? in the frame's address, and nothing WordPress itself would refuse", () => {
    expect(wordpressSecret("#?secret=Xy12ab")).toBe("Xy12ab");
    expect(wordpressSecret("#main?secret=abc&x=1")).toBe("abc");
    for (const bad of ["", "#main", "#?secret=", "#?secret=ab-cd", '#?secret=a"b', "#?secret=a%20b"])
      expect(wordpressSecret(bad), bad).toBeUndefined();
  });
  it("asks WordPress to open a link with its own message and the frame's secret", () => {
    expect(wordpressLink("https://example.org/charts/a/", "abc")).toEqual({
      message: "link",
      value: "https://example.org/charts/a/",
      secret: "abc",
    });
  });
});

describe("imageSnippet(page, image, alt, size)", () => {
  it("is a linked picture with its alt text (escaped) and its size in whole CSS px", () => {
    expect(
      imageSnippet("https://example.org/charts/a/", "https://example.org/charts/a.png", 'Bars: "A" & <B>', {
        width: 640,
        height: 401.6,
      }),
    ).toBe(
      '<a href="https://example.org/charts/a/"><img src="https://example.org/charts/a.png" alt="Bars: &quot;A&quot; &amp; &lt;B&gt;" width="640" height="402"></a>',
    );
  });
});
