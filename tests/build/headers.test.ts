import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { DIST, page, pages } from "../helpers/site.ts";
import { headersFor, parseHeaders } from "../helpers/staticServer.mjs";

const rules = parseHeaders(readFileSync(join(DIST, "_headers"), "utf8"));
/** The headers Netlify or Cloudflare Pages would send with a path of this build. */
const served = (path: string) => headersFor(rules, path);
/** Every file of the build as its site path. */
const files = (dir = DIST): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory() ? files(join(dir, name)) : [`/${relative(DIST, join(dir, name))}`],
  );
const isEmbed = (path: string) => /^\/(?:[a-z]{2,3}\/)?embed\//.test(path) || path === "/embed.js";

describe("_headers", () => {
  it("sends each page the CSP of its meta tag, adding only frame-ancestors 'self', and never on embeds", () => {
    for (const path of pages()) {
      const meta = page(path).querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute("content");
      const header = served(path.replace(/index\.html$/, ""))["content-security-policy"];
      expect(header, path).toBe(isEmbed(path) ? meta : `${meta}; frame-ancestors 'self'`);
    }
  });

  it("never frame-protects /embed/* or /embed.js: no frame-ancestors, no X-Frame-Options, whatever rules match", () => {
    const embedFiles = files().filter(isEmbed);
    expect(embedFiles.length).toBeGreaterThan(1);
    for (const path of [...embedFiles, "/embed/any-chart/"]) {
      expect(served(path)["content-security-policy"], path).not.toMatch(/frame-ancestors/);
      expect(served(path)["x-frame-options"], path).toBeUndefined();
    }
    expect(rules.flatMap((r) => r.headers.map(([name]) => name.toLowerCase()))).not.toContain("x-frame-options");
  });

  it("sends nosniff, no referrer, a Permissions-Policy and HSTS with every file; opens data and oEmbed files to other sites; caches hashed assets", () => {
    for (const path of files()) {
      const headers = served(path);
      expect(headers["x-content-type-options"], path).toBe("nosniff");
      expect(headers["referrer-policy"], path).toBe("no-referrer");
      expect(headers["permissions-policy"], path).toBeTruthy();
      expect(headers["strict-transport-security"], path).toMatch(/^max-age=\d+/);
      if (/^\/(?:[a-z]{2,3}\/)?(?:data|oembed)\//.test(path))
        expect(headers["access-control-allow-origin"], path).toBe("*");
      if (/^\/(?:_astro|js)\//.test(path))
        expect(headers["cache-control"], path).toMatch(/max-age=31536000.*immutable/);
    }
  });
});
