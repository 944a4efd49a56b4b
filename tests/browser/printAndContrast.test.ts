import { describe, expect, it } from "vitest";
import { axeViolations, browserSuite } from "../helpers/browserSuite.ts";
import { page as builtPage, pages } from "../helpers/site.ts";

const site = browserSuite();
const CHAPTER = "/chapters/mexicos-asylum-system/";
const all = pages();
/** One page of each kind, for checks too slow to run on all of them. */
const pageTypes = [
  "/",
  CHAPTER,
  all.find((p) => /^\/chapters\/[^/]+\/$/.test(p) && !builtPage(p).querySelector("figure.chart"))!,
  "/timeline/",
  all.find((p) => /^\/timeline\/[^/]+\/$/.test(p))!,
  "/charts/",
  "/charts/asylum-claims/",
  "/embed/asylum-claims/",
  "/facts/",
  all.find((p) => /^\/facts\/[^/]+\/$/.test(p))!,
  "/glossary/",
  "/sources/",
  "/about/",
  "/data/",
  "/404.html",
];
/** An A4 page at 96 dpi less 10 mm margins: what one printed page holds, in CSS px. */
const PRINTED = { width: 718, height: 1047 };

describe("on paper", () => {
  it("prints in the light palette even from a dark-mode browser", async () => {
    const { page } = await site.open(CHAPTER, { colorScheme: "dark" });
    const screen = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    const paper = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      fg: getComputedStyle(document.body).color,
      bar: getComputedStyle(document.documentElement).getPropertyValue("--chart-seq-3").trim(),
    }));
    expect(screen).not.toBe("rgb(255, 255, 255)"); // the dark theme was on
    expect(paper.bg).toBe("rgb(255, 255, 255)");
    expect(paper.fg).toBe("rgb(0, 0, 0)");
    const { page: light } = await site.open(CHAPTER, { colorScheme: "light" });
    expect(paper.bar).toBe(
      await light.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--chart-seq-3").trim()),
    );
  });

  it("keeps headings with what follows, prints the key's colours, and opens the notes, sources and tables", async () => {
    const { page } = await site.open(CHAPTER, { viewport: { width: PRINTED.width, height: 900 } });
    await page.emulateMedia({ media: "print" });
    const styles = await page.evaluate(() => ({
      headings: [...document.querySelectorAll("main h2, main h3")].map((h) => getComputedStyle(h).breakAfter),
      swatches: [...document.querySelectorAll(".swatch")].map((s) => getComputedStyle(s).printColorAdjust),
      table: document.querySelector(".chart-data table")!.getBoundingClientRect().height,
      sources: document.querySelector(".source-list")!.getBoundingClientRect().height,
    }));
    expect(new Set(styles.headings)).toEqual(new Set(["avoid"]));
    expect(styles.swatches.length).toBeGreaterThan(0);
    expect(new Set(styles.swatches)).toEqual(new Set(["exact"]));
    expect(styles.table).toBeGreaterThan(0); // a closed disclosure's content is printed
    expect(styles.sources).toBeGreaterThan(0);
  });

  for (const path of [CHAPTER, "/chapters/who-crosses/", "/charts/asylum-claims/", "/timeline/"]) {
    it(`${path}: nothing that may not break is taller than 60% of a printed page, so no page is left mostly blank`, async () => {
      const { page } = await site.open(path, { viewport: { width: PRINTED.width, height: 900 } });
      await page.emulateMedia({ media: "print" });
      const tall = await page.evaluate(
        (limit) =>
          [...document.querySelectorAll("main *")]
            .filter((el) => getComputedStyle(el).breakInside === "avoid" && el.getBoundingClientRect().height > limit)
            .map(
              (el) =>
                `${el.tagName.toLowerCase()}.${el.className}: ${Math.round(el.getBoundingClientRect().height)} px`,
            ),
        PRINTED.height * 0.6,
      );
      expect(tall).toEqual([]);
    });
  }
});

describe("in forced colours (Windows High Contrast)", () => {
  it("legend swatches keep their own colours, so categories stay told apart", async () => {
    const { page } = await site.open(CHAPTER, { forcedColors: "active" });
    // Chart swatches are small SVGs drawn like the marks: what tells them apart is the shape with its fill and stroke.
    // Each view has its own legend, so an entry may be listed more than once: one look per entry.
    const entries = await page.locator("#asylum-claims .chart-legend .swatch").evaluateAll((all) =>
      all.map((s) => {
        const mark = s.firstElementChild!;
        const style = getComputedStyle(mark);
        return [s.parentElement!.textContent!.trim(), `${mark.tagName} ${style.fill} ${style.stroke}`] as const;
      }),
    );
    const looks = [...new Map(entries).values()];
    expect(looks.length).toBeGreaterThan(1);
    expect(new Set(looks).size).toBe(looks.length);
    const timeline = await site.open("/timeline/", { forcedColors: "active" });
    const categories = await timeline.page
      .locator(".tl-legend .tl-swatch")
      .evaluateAll((all) => all.map((s) => getComputedStyle(s).backgroundColor));
    expect(new Set(categories).size).toBe(categories.length);
  });

  it("a pressed view button looks different from the others", async () => {
    const { page } = await site.open(CHAPTER, { forcedColors: "active" });
    const figure = page
      .locator("figure.chart")
      .filter({ has: page.locator(".chart-controls button") })
      .first();
    const looks = await figure.locator(".chart-controls button").evaluateAll((buttons) =>
      buttons.map((b) => {
        const s = getComputedStyle(b);
        return {
          pressed: b.getAttribute("aria-pressed"),
          look: [s.backgroundColor, s.color, s.borderTopWidth, s.fontWeight].join(" "),
        };
      }),
    );
    const pressed = looks.filter((b) => b.pressed === "true").map((b) => b.look);
    const unpressed = looks.filter((b) => b.pressed === "false").map((b) => b.look);
    expect(pressed).toHaveLength(1);
    expect(unpressed.length).toBeGreaterThan(0);
    expect(unpressed).not.toContain(pressed[0]);
  });
});

describe("the site header on a phone, JavaScript off", () => {
  // The title, five links and the link to the page in the other language: two lines on a common phone (375 px), three
  // on the narrowest (320 px), never wider than the screen.
  for (const [width, most] of [
    [375, 2],
    [320, 3],
  ] as const) {
    for (const path of ["/", CHAPTER, "/timeline/", "/404.html", "/es/", `/es${CHAPTER}`]) {
      it(`${path} at ${width} px: the title and every link fit in ${most} lines, inside the screen`, async () => {
        const { page } = await site.visit(path, { viewport: { width, height: 640 }, javaScriptEnabled: false });
        const tops = await page
          .locator(".site-header nav a")
          .evaluateAll((links) => links.map((a) => a.getBoundingClientRect().top));
        const lines = tops.sort((a, b) => a - b).filter((top, i) => i === 0 || top - tops[i - 1]! > 8); // a new line starts 8 px or more lower
        expect(lines.length).toBeLessThanOrEqual(most);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      });
    }
  }
});

describe("every kind of page, without its scripts", () => {
  // axe needs script in the page, so the site's own scripts are blocked instead of JavaScript being turned off.
  for (const path of pageTypes) {
    it(`${path}: no axe violations at 375 px in either theme, and no sideways scrolling at 320 px`, async () => {
      for (const colorScheme of ["light", "dark"] as const) {
        const { page } = await site.open("/favicon.svg", { colorScheme });
        await page.route(/\.js$/, (route) => route.abort());
        await page.goto(new URL(path, page.url()).href);
        expect(await axeViolations(page), `${path} ${colorScheme}`).toEqual([]);
        await page.context().close();
      }
      const { page } = await site.visit(path, { javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }, 180_000);
  }
});

describe("chart pages and the gallery", () => {
  it("a chart page gives the chart the width a wide screen has, up to 60rem", async () => {
    const { page } = await site.visit("/charts/asylum-claims/", { viewport: { width: 1280, height: 900 } });
    const width = await page
      .locator("figure.chart .chart-view:not([hidden])")
      .evaluate((el) => el.getBoundingClientRect().width);
    expect(width).toBeGreaterThanOrEqual(900);
    expect(width).toBeLessThanOrEqual(960);
  });

  for (const width of [320, 375, 1280]) {
    it(`gallery thumbnails at ${width} px are drawn at three quarters of their size or more, so their text stays legible`, async () => {
      const { page } = await site.visit("/charts/", { viewport: { width, height: 900 } });
      const scales = await page
        .locator(".chart-gallery .thumb svg")
        .evaluateAll((svgs) =>
          svgs.map(
            (svg) =>
              (svg as SVGSVGElement).getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width,
          ),
        );
      expect(scales.length).toBeGreaterThan(0);
      expect(Math.min(...scales)).toBeGreaterThanOrEqual(0.75);
    });
  }

  it("the not-found page has the site's frame and links back into the story", async () => {
    const { page } = await site.visit("/404.html");
    expect(await page.locator(".site-header nav a").count()).toBeGreaterThan(3);
    const links = await page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const path of all.filter((p) => /^\/chapters\/[^/]+\/$/.test(p))) expect(links).toContain(path);
    expect(links).toContain("/timeline/");
  });
});
