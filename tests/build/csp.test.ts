import { describe, expect, it } from "vitest";
import { pages, page } from "../helpers/site.ts";
import { CSP } from "../../src/config.ts";

describe("the Content-Security-Policy", () => {
  it("is the one policy of src/config.ts, sent once by every page, embeds included", () => {
    const paths = pages();
    expect(paths.some((p) => p.startsWith("/embed/"))).toBe(true);
    for (const path of paths) {
      const policies = [...page(path).querySelectorAll('meta[http-equiv="Content-Security-Policy"]')].map((m) =>
        m.getAttribute("content"),
      );
      expect(policies, path).toEqual([CSP]);
    }
  });
});
