// One contract for every chart registered in src/charts/index.ts, on its own page /charts/<id>/ (so a new chart is
// covered the day it is registered): tooltips on pointer, tap and keyboard focus; the view switch; text of 12 CSS px or
// more at 320 px, inside the chart, and no sideways scrolling; hit areas of 24 × 24 CSS px or more where each rendering is
// shown smallest; a ring on the active mark that shows against every colour in the chart, and a tooltip that never covers
// the mark; legend swatches that keep their colours on paper and in forced colours; the chart, caption and table with
// JavaScript off; and no console error anywhere.
// What a chart promises beyond it is data in EXTRAS. Pages are kept per browser set-up and reused across charts.
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { chartModules } from "../../src/charts/index.ts";
import { browserSuite, chartTextSizes, focusBefore } from "../helpers/browserSuite.ts";
import { contrast, hexOf } from "../helpers/colour.ts";
import { page as builtPage } from "../helpers/site.ts";
import { RENDERINGS, WIDE_FROM } from "../../src/config.ts";

const site = browserSuite();
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true };
const NARROWEST = { viewport: { width: 320, height: 700 } };
const NO_SCRIPT = { javaScriptEnabled: false };

/** What some charts promise beyond the contract (every mark 24 × 24 CSS px): the smallest tap target (CSS px) on a phone. */
const EXTRAS: Record<string, { minTarget?: { width?: number; height?: number } }> = {
  "protection-funnel": { minTarget: { width: 250 } }, // a full-width band per line, however short its bar
};

const tip = (page: Page, id: string) => page.locator(`#${id} .chart-tip`);
/** The tooltip targets of the SVG a reader sees now (one view, one width). */
const marks = (page: Page, id: string) =>
  page.locator(`#${id} .chart-view:not([hidden]) svg.chart-svg:visible [data-tip]`);
const viewButton = (page: Page, id: string, view: string) =>
  page.locator(`#${id} .chart-controls button[data-view="${view}"]`);

/** A point on screen where the pointer reaches a mark itself (not a label over it), scrolling it into view; and its tooltip. */
function pointOnAMark(page: Page, id: string): Promise<{ x: number; y: number; tip: string }> {
  return page.evaluate((id) => {
    const all = [
      ...document.querySelectorAll<SVGGraphicsElement>(`#${id} .chart-view:not([hidden]) svg.chart-svg [data-tip]`),
    ].filter((m) => m.getClientRects().length);
    for (const mark of all) {
      mark.scrollIntoView({ block: "center" });
      const box = mark.getBoundingClientRect();
      for (const fy of [0.5, 0.3, 0.7, 0.1, 0.9]) {
        for (const fx of [0.5, 0.3, 0.7, 0.1, 0.9]) {
          const [x, y] = [box.left + box.width * fx, box.top + box.height * fy];
          if (document.elementFromPoint(x, y)?.closest("[data-tip]") === mark) return { x, y, tip: mark.dataset.tip! };
        }
      }
    }
    throw new Error(`#${id}: no mark can be reached by the pointer`);
  }, id);
}

/** The focused element as a reader meets it: its tooltip text, accessible name, and where it is drawn. */
const focused = (page: Page, id: string) =>
  page.evaluate((id) => {
    const el = document.activeElement as HTMLElement | null;
    const inChart = Boolean(el?.closest(`#${id} svg.chart-svg`));
    const box = el?.getBoundingClientRect();
    // Page coordinates: focusing a mark may scroll the page.
    return {
      inChart,
      tip: el?.dataset.tip ?? null,
      label: el?.getAttribute("aria-label") ?? null,
      cx: box ? scrollX + box.left + box.width / 2 : 0,
      top: box ? scrollY + box.top : 0,
    };
  }, id);

for (const [id, module] of chartModules) {
  const path = `/charts/${id}/`;
  const views = module.views;

  describe(`the ${id} chart in a browser`, () => {
    it("shows a mark's tooltip while the pointer rests on it, and hides it when the pointer leaves", async () => {
      const { page, errors } = await site.visit(path, DESKTOP);
      const point = await pointOnAMark(page, id);
      await page.mouse.move(point.x, point.y);
      await expect.poll(() => tip(page, id).isVisible()).toBe(true);
      expect(await tip(page, id).textContent()).toBe(point.tip);
      await page.mouse.move(1, 1);
      await expect.poll(() => tip(page, id).isVisible()).toBe(false);
      expect(errors).toEqual([]);
    });

    it("shows a mark's tooltip on tap", async () => {
      const { page, errors } = await site.visit(path, PHONE);
      const point = await pointOnAMark(page, id);
      await page.touchscreen.tap(point.x, point.y);
      await expect.poll(() => tip(page, id).textContent()).toBe(point.tip);
      expect(await tip(page, id).isVisible()).toBe(true);
      expect(errors).toEqual([]);
    });

    it("is one tab stop; arrow keys reach every mark left to right, top to bottom, Home and End jump, Escape closes", async () => {
      const { page, errors } = await site.visit(path);
      if (views.length > 1)
        await viewButton(page, id, views.at(-1)!).focus(); // the switch comes just before the chart
      else await focusBefore(page, id);
      await page.keyboard.press("Tab");
      const first = await focused(page, id);
      expect(first.inChart).toBe(true);
      expect(first.label).toBe(first.tip!.replace(/\n/g, ", "));
      await expect.poll(() => tip(page, id).textContent()).toBe(first.tip);

      // The chart may be entered at any mark (route-map enters at its westernmost country); Home goes to the first.
      const count = await marks(page, id).count();
      await page.keyboard.press("Home");
      const seen = [await focused(page, id)];
      for (let i = 1; i < count + 1; i++) {
        await page.keyboard.press("ArrowRight");
        seen.push(await focused(page, id));
      }
      expect(seen.at(-1)).toEqual(seen.at(-2)); // the last stop stays put
      const stops = seen.slice(0, count);
      expect(new Set(stops.map((s) => `${s.tip}@${s.cx},${s.top}`)).size).toBe(count);
      for (let i = 1; i < count; i++)
        expect(stops[i]!.cx - stops[i - 1]!.cx || stops[i]!.top - stops[i - 1]!.top).toBeGreaterThanOrEqual(0);
      expect(stops.map((s) => s.tip)).toContain(first.tip);

      await page.keyboard.press("Home");
      expect((await focused(page, id)).tip).toBe(stops[0]!.tip);
      await page.keyboard.press("End");
      await expect.poll(() => tip(page, id).textContent()).toBe(stops.at(-1)!.tip);
      await page.keyboard.press("Escape");
      await expect.poll(() => tip(page, id).isVisible()).toBe(false);
      await page.keyboard.press("Tab"); // leaves the chart: one tab stop, not one per mark
      expect((await focused(page, id)).inChart).toBe(false);
      expect(errors).toEqual([]);
    });

    if (views.length > 1) {
      it(`switches between its ${views.length} views with buttons that say which is pressed`, async () => {
        const { page, errors } = await site.visit(path, DESKTOP);
        expect(await viewButton(page, id, views[0]!).getAttribute("aria-pressed")).toBe("true");
        for (const view of [...views.slice(1), views[0]!]) {
          await viewButton(page, id, view).click();
          for (const other of views) {
            expect(await viewButton(page, id, other).getAttribute("aria-pressed"), other).toBe(String(other === view));
            expect(await page.locator(`#${id} .chart-view[data-view="${other}"]`).isVisible(), other).toBe(
              other === view,
            );
          }
          expect(await marks(page, id).count(), view).toBeGreaterThan(0);
        }
        expect(errors).toEqual([]);
      });
    }

    // Words run longer in Spanish: the fit on the narrowest screen is checked in both languages.
    for (const at of [path, `/es${path}`]) {
      it(`${at}: keeps chart text at 12 CSS px or more on a 320 px screen, inside the chart, in every view`, async () => {
        const { page, errors } = await site.visit(at, NARROWEST);
        await page.evaluate(() => document.fonts.ready); // measured in the site's own font
        for (const view of views) {
          if (views.length > 1) await viewButton(page, id, view).click();
          const sizes = await chartTextSizes(page, `#${id} svg.chart-svg`);
          expect(sizes.length, view).toBeGreaterThan(0);
          expect(Math.min(...sizes), view).toBeGreaterThanOrEqual(12);
          const outside = await page.evaluate((id) => {
            const svg = [...document.querySelectorAll<SVGSVGElement>(`#${id} svg.chart-svg`)].find(
              (s) => s.getClientRects().length > 0,
            )!;
            const frame = svg.getBoundingClientRect();
            // Not one pixel sideways (it would be cut off or overlap the page's margin); up or down, at most half a line.
            const off = [...svg.querySelectorAll("text")].filter((t) => {
              const box = t.getBoundingClientRect();
              const slack = box.height / 2;
              return (
                box.width > 0 &&
                (box.left < frame.left - 1 ||
                  box.right > frame.right + 1 ||
                  box.top < frame.top - slack ||
                  box.bottom > frame.bottom + slack)
              );
            });
            return [
              ...off.map((t) => t.textContent),
              ...(frame.right > 320 ? [`the chart ends at ${frame.right} px`] : []),
            ];
          }, id);
          expect(outside, view).toEqual([]);
        }
        expect(errors).toEqual([]);
      });
    }

    it("with JavaScript off shows the chart, its caption and its data table, and no switch that cannot work", async () => {
      const { page, errors } = await site.visit(path, NO_SCRIPT);
      expect(await page.locator(`#${id} svg.chart-svg:visible`).count()).toBe(1);
      expect(await page.locator(`#${id} .chart-view[data-view="${views[0]}"]`).isVisible()).toBe(true);
      expect(await page.locator(`#${id} figcaption`).isVisible()).toBe(true);
      expect(await page.locator(`#${id} .chart-controls`).isVisible()).toBe(false);
      const table = page.locator(`#${id} details.chart-data`);
      if (!(await table.evaluate((details) => (details as HTMLDetailsElement).open)))
        await table.locator("summary").click();
      expect(await table.locator("table").isVisible()).toBe(true);
      expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    });

    it("gives every mark a hit area of at least 24 × 24 CSS px where each rendering is shown smallest, in every view", async () => {
      // Narrow: on a 320 px screen. Wide: measured on a desktop, scaled to the narrowest figure that shows it (WIDE_FROM).
      const wide = RENDERINGS.find((r) => r.name === "wide")!.width;
      for (const [options, scaleTo] of [
        [NARROWEST, null],
        [DESKTOP, WIDE_FROM / wide],
      ] as const) {
        const { page } = await site.visit(path, options);
        for (const view of views) {
          if (views.length > 1) await viewButton(page, id, view).click();
          const sizes = await marks(page, id).evaluateAll(
            (all, scaleTo) =>
              all.map((m) => {
                const svg = (m as SVGElement).ownerSVGElement!;
                const k =
                  scaleTo === null ? 1 : (svg.viewBox.baseVal.width / svg.getBoundingClientRect().width) * scaleTo; // CSS px now → SVG px → CSS px at the smallest
                const box = m.getBoundingClientRect();
                return {
                  tip: (m as HTMLElement).dataset.tip!.split("\n")[0],
                  width: box.width * k,
                  height: box.height * k,
                };
              }),
            scaleTo,
          );
          expect(sizes.length, view).toBeGreaterThan(0);
          const small = sizes
            .filter((s) => s.width < 24 || s.height < 24)
            .map((s) => `${s.tip}: ${s.width.toFixed(1)} × ${s.height.toFixed(1)}`);
          expect(small, `${view} ${scaleTo === null ? "narrow at 320 px" : "wide at its narrowest"}`).toEqual([]);
        }
      }
    });

    for (const at of [path, `/es${path}`]) {
      it(`${at}: never scrolls sideways on a 320 px screen, in any view`, async () => {
        const { page } = await site.visit(at, NARROWEST);
        for (const view of views) {
          if (views.length > 1) await viewButton(page, id, view).click();
          expect(await page.evaluate(() => document.documentElement.scrollWidth), view).toBeLessThanOrEqual(320);
        }
      });
    }

    for (const colorScheme of ["light", "dark"] as const) {
      it(`rings the focused mark so it shows against every colour in the chart, and keeps the tooltip off the mark (${colorScheme})`, async () => {
        const { page, errors } = await site.visit(path, { ...DESKTOP, colorScheme });
        if (views.length > 1)
          await viewButton(page, id, views.at(-1)!).focus(); // the switch comes just before the chart
        else await focusBefore(page, id);
        await page.keyboard.press("Tab");
        for (let i = 0; i < 3; i++) {
          const seen = await page.evaluate((id) => {
            const mark = document.activeElement as SVGGraphicsElement;
            const figure = document.getElementById(id)!;
            const ring = figure.querySelector<HTMLElement>(".chart-ring")!;
            const tip = figure.querySelector<HTMLElement>(".chart-tip")!;
            const rect = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
            const style = getComputedStyle(ring);
            // Every colour the chart paints with: fills and strokes of what is drawn and not transparent.
            const paints = [
              ...mark.ownerSVGElement!.querySelectorAll("rect, path, circle, line, text, polygon"),
            ].flatMap((el) => {
              const cs = getComputedStyle(el);
              return [
                ...(cs.fill.startsWith("rgb(") && Number(cs.fillOpacity) > 0 ? [cs.fill] : []), // a pattern's (a waffle's) own cells are drawn in rgb() too
                ...(cs.stroke.startsWith("rgb(") && Number(cs.strokeOpacity) > 0.5 ? [cs.stroke] : []),
              ];
            });
            return {
              ringShown: !ring.hidden,
              ring: rect(ring),
              mark: rect(mark),
              tip: rect(tip),
              halo: style.borderTopColor,
              outline: style.outlineColor,
              outlineWidth: parseFloat(style.outlineWidth),
              paints: [...new Set(paints)],
            };
          }, id);
          expect(seen.ringShown).toBe(true);
          // The ring goes round the mark: its box holds the mark's, the outline outside that.
          expect(seen.ring.left).toBeLessThanOrEqual(seen.mark.left + 0.5);
          expect(seen.ring.top).toBeLessThanOrEqual(seen.mark.top + 0.5);
          expect(seen.ring.right).toBeGreaterThanOrEqual(seen.mark.right - 0.5);
          expect(seen.ring.bottom).toBeGreaterThanOrEqual(seen.mark.bottom - 0.5);
          expect(seen.outlineWidth).toBeGreaterThanOrEqual(2);
          // A halo and an outline of the page's two colours: against any colour in the chart, one of them stands 3:1 or more.
          for (const paint of seen.paints)
            expect(
              Math.max(contrast(hexOf(seen.halo), hexOf(paint)), contrast(hexOf(seen.outline), hexOf(paint))),
              paint,
            ).toBeGreaterThanOrEqual(3);
          expect(contrast(hexOf(seen.halo), hexOf(seen.outline))).toBeGreaterThanOrEqual(4.5);
          // The tooltip never covers the mark.
          const apart =
            seen.tip.right <= seen.mark.left ||
            seen.tip.left >= seen.mark.right ||
            seen.tip.bottom <= seen.mark.top ||
            seen.tip.top >= seen.mark.bottom;
          expect(apart, JSON.stringify({ tip: seen.tip, mark: seen.mark })).toBe(true);
          await page.keyboard.press("ArrowRight");
        }
        expect(errors).toEqual([]);
      });
    }

    if (builtPage(path).querySelector(`#${id} .chart-legend`)) {
      it("draws its legend swatches so they keep their colours on paper and in forced colours", async () => {
        for (const mode of ["print", "forced colours"] as const) {
          const { page } = await site.open(path, mode === "forced colours" ? { forcedColors: "active" } : {});
          if (mode === "print") await page.emulateMedia({ media: "print" });
          const swatches = await page
            .locator(`#${id} .chart-view:not([hidden]) .chart-legend .swatch`)
            .evaluateAll((all) =>
              all.map((svg) => {
                const cs = getComputedStyle(svg.firstElementChild!);
                const box = svg.getBoundingClientRect();
                return {
                  paint: cs.fill !== "none" ? cs.fill : cs.stroke,
                  width: box.width,
                  height: box.height,
                  page: getComputedStyle(document.body).backgroundColor,
                };
              }),
            );
          expect(swatches.length, mode).toBeGreaterThan(0);
          for (const s of swatches) {
            expect(Math.min(s.width, s.height), mode).toBeGreaterThanOrEqual(12);
            expect(s.paint, mode).not.toBe(s.page);
            expect(s.paint, mode).not.toMatch(/^rgba\(.*, 0\)$/);
          }
          expect(new Set(swatches.map((s) => s.paint)).size, `${mode}: each entry its own colour`).toBe(
            swatches.length,
          );
        }
      });
    }

    const minTarget = EXTRAS[id]?.minTarget;
    if (minTarget) {
      it(`gives every mark a tap target at least ${minTarget.width ?? "any"} × ${minTarget.height ?? "any"} px on a phone, in every view`, async () => {
        const { page } = await site.visit(path, PHONE);
        for (const view of views) {
          if (views.length > 1) await viewButton(page, id, view).tap();
          const boxes = await marks(page, id).evaluateAll((all) =>
            all.map((m) => m.getBoundingClientRect().toJSON() as DOMRect),
          );
          expect(boxes.length, view).toBeGreaterThan(0);
          for (const box of boxes) {
            expect(box.width, view).toBeGreaterThanOrEqual(minTarget.width ?? 0);
            expect(box.height, view).toBeGreaterThanOrEqual(minTarget.height ?? 0);
          }
        }
      });
    }
  });
}
