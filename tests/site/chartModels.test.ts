import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { chartIds, chartModelFor } from "../../src/site/chartModels.ts";
import { svgRenderCount } from "../../src/render/renderSvg.ts";
import { RENDERINGS } from "../../src/config.ts";

const SRC = new URL("../../src", import.meta.url).pathname;
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) =>
    statSync(join(dir, name)).isDirectory()
      ? walk(join(dir, name))
      : /\.(ts|astro)$/.test(name)
        ? [join(dir, name)]
        : [],
  );

describe("chartModelFor(id, lang): one model per chart and language", () => {
  it("renders each view of a chart once per width, and a second request renders nothing new", () => {
    for (const id of chartIds()) {
      const before = svgRenderCount();
      const model = chartModelFor(id, "en");
      expect(svgRenderCount() - before, id).toBe(model.views.length * RENDERINGS.length);
      const again = svgRenderCount();
      expect(chartModelFor(id, "en"), id).toBe(model);
      expect(svgRenderCount(), id).toBe(again);
    }
  });

  it("is the only way to a chart model: no page, component or file builds its own", () => {
    const builders = walk(SRC)
      .filter((file) => /\bchartModel\(/.test(readFileSync(file, "utf8")))
      .map((file) => relative(SRC, file));
    expect(builders.sort()).toEqual(["site/chartModel.ts", "site/chartModels.ts"]);
  });
});
