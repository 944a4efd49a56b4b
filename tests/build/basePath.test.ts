import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brokenLinks, page, pages } from "../helpers/site.ts";

const BASE = "/some/path/";
const out = join(mkdtempSync(join(tmpdir(), "site-")), "dist");

describe("a build for a sub-path (BASE_PATH=/some/path/)", () => {
  beforeAll(() => {
    // Vitest puts Vite's own variables (BASE_URL, MODE, …) into process.env; a nested build must not inherit them.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|TEST)$/.test(k)));
    execFileSync("npx", ["astro", "build"], { env: { ...env, BASE_PATH: BASE, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: "1" }, stdio: "pipe" });
  });

  it("resolves every internal link, asset and #anchor under the sub-path", () => {
    expect(pages(out).length).toBeGreaterThan(1);
    expect(brokenLinks(out, BASE)).toEqual([]);
  });

  it("points navigation, stylesheets and scripts into the sub-path", () => {
    const doc = page("/chapters/mexicos-asylum-system/", out);
    const refs = [...doc.querySelectorAll("header a, link[rel=stylesheet], script[src]")].map((el) => el.getAttribute("href") ?? el.getAttribute("src"));
    expect(refs.length).toBeGreaterThan(2);
    for (const ref of refs) expect(ref).toMatch(/^\/some\/path\//);
  });
});
