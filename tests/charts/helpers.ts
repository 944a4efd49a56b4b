// Chart spec and snapshot tests run on tiny committed fixtures (tests/fixtures/charts/<chart>.yaml), as Plot's and OWID
// Grapher's do: a data update in content/ changes content and build tests, never a chart's spec. The chart's words (legend
// templates and `words`) are read from its content/charts/<chart>.yaml alone, so a broken dataset elsewhere cannot stop
// these tests. Everything a module is given is built here, so a change of the module signature is an edit to this file.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { Mark } from "@observablehq/plot";
import type { ChartContext, ChartEvent, ChartLanguage, ChartModule } from "../../src/charts/kit/chartModule.ts";
import { chartFormat } from "../../src/charts/kit/format.ts";
import { chartTextSchema, type ChartText } from "../../src/schemas/chart.ts";
import type { Row } from "../../src/schemas/dataset.ts";
import { fill } from "../../src/i18n/translations.ts";
import { renderSvg } from "../../src/render/renderSvg.ts";
import { RENDERINGS } from "../../src/site/chartModel.ts";

const ROOT = new URL("../../", import.meta.url);

/** A named fixture: a few rows in the chart's dataset columns, and the timeline events it marks, if any. */
export interface ChartFixture {
  chart: string;
  rows: Row[];
  events: ChartEvent[];
}

/** Reads tests/fixtures/charts/<chart>.yaml. */
export function fixture(chart: string): ChartFixture {
  const data = parse(readFileSync(new URL(`tests/fixtures/charts/${chart}.yaml`, ROOT), "utf8")) as {
    rows: Row[];
    events?: ChartEvent[];
  };
  return { chart, rows: data.rows, events: data.events ?? [] };
}

/** The chart's words as content/charts/<chart>.yaml gives them (English). */
export function chartText(chart: string): ChartText {
  return chartTextSchema.parse(parse(readFileSync(new URL(`content/charts/${chart}.yaml`, ROOT), "utf8")));
}

/** What a module's legend() and summary() are given: English, with the chart's own words. */
export function language(chart: string, locale = "en-US"): ChartLanguage {
  return { chart, locale, words: chartText(chart).words, format: chartFormat(locale) };
}

/** One view's legend labels by key (the default view's unless named), filled from the chart's templates, as the figure prints them. */
export function legendLabels(module: ChartModule, rows: Row[], view = module.views[0]!): Record<string, string> {
  const templates = chartText(module.id).legend;
  return Object.fromEntries(
    module.legend(rows, language(module.id), view).map((e) => [e.key, fill(templates[e.label] ?? e.label, e.values)]),
  );
}

/** What spec() is given for one rendering: the default view, wide, with the fixture's events; `overrides` change any of it. */
export function context(module: ChartModule, data: ChartFixture, overrides: Partial<ChartContext> = {}): ChartContext {
  const width = overrides.width ?? 640;
  const rendering = RENDERINGS.find((r) => r.width === width);
  const view = overrides.view ?? module.views[0]!;
  return {
    ...language(module.id),
    view,
    width,
    fontSize: rendering?.fontSize ?? 15,
    legend: legendLabels(module, data.rows, view),
    events: data.events,
    ...overrides,
  };
}

/** A rendering of the narrow width, at its font size. */
export const NARROW = { width: RENDERINGS[0].width, fontSize: RENDERINGS[0].fontSize };

/** A Plot mark as a spec built it: its class, its data and its channels (a function of a datum, or a field name). */
export type Inspected = Mark & {
  data: unknown[];
  channels: Record<string, { value: unknown }>;
  constructor: { name: string };
};

/** The marks of a spec, empty slots (a `null` mark a rendering leaves out) dropped. */
export const marksOf = (options: { marks?: unknown[] }) => (options.marks ?? []).filter(Boolean) as Inspected[];

/** Marks of one Plot class ("BarY", "Dot", "Text", "Geo", …), in spec order. */
export const marksNamed = (options: { marks?: unknown[] }, name: string) =>
  marksOf(options).filter((m) => m.constructor.name === name);

/** A channel's value for one datum, as text: a function of it, or the name of one of its fields. */
export function channel(mark: Inspected, name: string, datum: unknown): string {
  const value = mark.channels[name]?.value;
  if (value === undefined) throw new Error(`mark ${mark.constructor.name} has no ${name} channel`);
  return typeof value === "function"
    ? String(value(datum))
    : String((datum as Record<string, unknown>)[value as string]);
}

/** Every view at every width as one SVG text with a comment before each rendering, for a file snapshot. */
export function renderAll(module: ChartModule, data: ChartFixture): string {
  const base = context(module, data);
  return module.views
    .flatMap((view) =>
      RENDERINGS.map(({ name, width, fontSize }) => {
        const svg = renderSvg(
          module.spec(data.rows, { ...base, view, width, fontSize, legend: legendLabels(module, data.rows, view) }),
          {
            idPrefix: `${module.id}-${view}-${name}`,
            title: `${module.id} fixture (${view})`,
            description: `${module.id} drawn from tests/fixtures/charts/${module.id}.yaml`,
          },
        );
        return `<!-- ${view} ${name} -->\n${svg}`;
      }),
    )
    .join("\n");
}
