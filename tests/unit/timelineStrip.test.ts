import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { STRIP_LAYOUTS, timelineStrip, type StripEvent } from "../../src/site/timelineStrip.ts";

const event = (id: string, date: string, category: StripEvent["category"] = "mexico"): StripEvent => ({
  id,
  date,
  year: Number(date.slice(0, 4)),
  category,
  label: `${date}: ${id}`,
  href: `#${id}`,
});
const events = [
  event("b", "2018-09-12", "funding"),
  event("a", "2018-04-25"),
  event("c", "2019-06-07", "bilateral"),
  event("d", "2007-10-22"),
];
const dom = (svg: string) => parseHTML(`<!doctype html><html><body>${svg}</body></html>`).document;

describe("timelineStrip(events, layout, years, name)", () => {
  for (const layout of STRIP_LAYOUTS) {
    it(`${layout.name}: draws one named link per event, coloured by category from a custom property`, () => {
      const doc = dom(timelineStrip(events, layout, { from: 2007, to: 2025 }, "Overview"));
      const links = [...doc.querySelectorAll("a")];
      expect(links.map((a) => a.getAttribute("href")).sort()).toEqual(["#a", "#b", "#c", "#d"]);
      expect(links.every((a) => a.getAttribute("aria-label") === a.querySelector("title")!.textContent)).toBe(true);
      expect(doc.querySelector('a[href="#b"] circle')!.getAttribute("fill")).toBe("var(--tl-funding)");
      expect(doc.querySelector("svg")!.getAttribute("aria-label")).toBe("Overview");
    });
  }

  it("stacks a year's events in date order: the earlier event is nearer the axis", () => {
    const doc = dom(
      timelineStrip(
        events,
        STRIP_LAYOUTS.find((l) => l.name === "wide")!,
        { from: 2007, to: 2025 },
        "Overview",
      ),
    );
    const y = (id: string) => Number(doc.querySelector(`a[href="#${id}"] circle`)!.getAttribute("cy"));
    const x = (id: string) => Number(doc.querySelector(`a[href="#${id}"] circle`)!.getAttribute("cx"));
    expect(x("a")).toBe(x("b"));
    expect(y("a")).toBeGreaterThan(y("b"));
    expect(x("c")).toBeGreaterThan(x("a"));
  });

  it("labels every year down the side of the narrow rendering, empty years included", () => {
    const doc = dom(
      timelineStrip(
        events,
        STRIP_LAYOUTS.find((l) => l.name === "narrow")!,
        { from: 2007, to: 2025 },
        "Overview",
      ),
    );
    expect([...doc.querySelectorAll("text")].map((t) => t.textContent)).toHaveLength(19);
  });

  it("wraps a year with more events than fit across the narrow rendering onto more rows, every dot inside its width", () => {
    const layout = STRIP_LAYOUTS.find((l) => l.name === "narrow")!;
    const many = Array.from({ length: 40 }, (_, i) =>
      event(`e${i}`, `2025-01-${String((i % 28) + 1).padStart(2, "0")}`),
    );
    const doc = dom(timelineStrip([...many, event("d", "2007-10-22")], layout, { from: 2007, to: 2025 }, "Overview"));
    const circles = [...doc.querySelectorAll("circle")].map((c) => ({
      x: Number(c.getAttribute("cx")),
      y: Number(c.getAttribute("cy")),
      r: Number(c.getAttribute("r")),
    }));
    expect(Math.max(...circles.map((c) => c.x + c.r))).toBeLessThanOrEqual(layout.width);
    expect(new Set(circles.map((c) => c.y)).size).toBeGreaterThan(2); // 2007's row and at least two rows for 2025
    const height = Number(doc.querySelector("svg")!.getAttribute("viewBox")!.split(" ")[3]);
    expect(Math.max(...circles.map((c) => c.y + c.r))).toBeLessThanOrEqual(height);
  });
});
