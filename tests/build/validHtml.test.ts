import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { DIST, pages } from "../helpers/site.ts";

// The W3C Nu HTML Checker (npm vnu-jar) on Debian's Java, which tests/run.mjs and .ci/run install when it is missing.
const VNU = new URL("../../node_modules/vnu-jar/build/dist/vnu.jar", import.meta.url).pathname;

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

/**
 * What the checker's CSS validator does not know yet, though every browser the site supports does: container queries
 * (Baseline since 2023). Styles are inline in each page (astro.config.mjs), so the checker reads them; any other CSS
 * error still fails.
 */
const CSS_NEWER_THAN_THE_CHECKER =
  /^CSS: (“container(-type)?”: Property “container(-type)?” doesn't exist\.|Unrecognized at-rule “@container”)$/;
/**
 * What its HTML checker does not know yet: `<link rel="expect" blocking="render">` (src/layouts/Base.astro). The HTML
 * standard lets `blocking` go on a link whose rel is "stylesheet" or "expect"; this checker knows only the first.
 */
const HTML_NEWER_THAN_THE_CHECKER =
  /^A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”\.$/;

describe("every built page is valid HTML (Nu HTML Checker)", () => {
  it("reports zero errors on every page, embeds and the 404 page included", () => {
    const files = pages().map((path) => join(DIST, path, path.endsWith(".html") ? "" : "index.html"));
    expect(files.length).toBeGreaterThan(50);
    // One JVM for every page; vnu exits 1 when it found errors, and prints its report either way.
    let report: string;
    try {
      report = execFileSync(
        "java",
        ["-Xss8m", "-jar", VNU, "--errors-only", "--format", "json", "--stdout", ...files],
        { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
      );
    } catch (error) {
      report = (error as { stdout?: string }).stdout ?? "";
      if (!report) throw error;
    }
    const errors = (JSON.parse(report) as { messages: VnuMessage[] }).messages
      .filter((m) => m.type === "error" || m.type === "non-document-error")
      .filter((m) => !CSS_NEWER_THAN_THE_CHECKER.test(m.message) && !HTML_NEWER_THAN_THE_CHECKER.test(m.message))
      .map((m) => `${m.url.replace(`file:${DIST}`, "")}:${m.lastLine ?? "?"}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 300_000);
});
