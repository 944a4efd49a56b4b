import type { ChartLanguage, ChartModule, LegendEntry } from "../charts/kit/chartModule.ts";
import { chartFormat } from "../charts/kit/format.ts";
import type { Content } from "../load/loadContent.ts";
import { renderSvg } from "../render/renderSvg.ts";
import { fill } from "../i18n/translations.ts";
import { tableModel, type TableModel } from "./tableModel.ts";
import { sourceRefs, type SourceRef } from "./sourceRefs.ts";
import { chartEvents } from "./chartEvents.ts";
import { formatDate } from "../i18n/formatDate.ts";

/**
 * The widths a chart is drawn at, in SVG pixels, with the font size that keeps text ≥ 12 CSS px wherever that rendering
 * is shown: narrow is shown in figures under 540 px (at 288 px, the width at a 320 px viewport, 13 × 288/300 ≈ 12.5 px);
 * wide from 540 px (15 × 540/640 ≈ 12.7 px).
 */
export const RENDERINGS = [
  { name: "narrow", width: 300, fontSize: 13 },
  { name: "wide", width: 640, fontSize: 15 },
] as const;

export interface ChartView {
  id: string;
  label: string;
  svgs: { name: string; svg: string }[];
}

/** Everything a chart figure prints, computed from its module, its words and its dataset. */
export interface ChartModel {
  id: string;
  title: string;
  subtitle: string;
  alt: string;
  views: ChartView[];
  legend: { key: string; color: string; label: string; shape: LegendEntry["shape"] }[];
  sources: SourceRef[];
  notes: string[];
  table: TableModel;
  /** Timeline events the chart marks, for the list under it. */
  events: { n: number; href: string; text: string }[];
}

/** Builds the chart's view model: every view at every width, legend, alt text, sources, notes and table. */
export function chartModel(module: ChartModule, content: Content, locale: string): ChartModel {
  const text = content.charts.get(module.id);
  if (!text) throw new Error(`content/charts/<id>.yaml: expected an entry for chart "${module.id}", found none`);
  // The chart's language: its words and the formatters of the locale; the module writes nothing else.
  const language: ChartLanguage = { chart: module.id, locale, words: text.words, format: chartFormat(locale) };
  const dataset = content.datasets.get(text.dataset)!;
  const rows = dataset.rows;
  const legend = module.legend(rows, language).map((entry) => {
    const template = text.legend[entry.label];
    if (template === undefined) throw new Error(`content/charts/<id>.yaml: chart "${module.id}" needs a legend label "${entry.label}"`);
    return { key: entry.key, color: entry.color, shape: entry.shape, label: fill(template, entry.values) };
  });
  const labels = Object.fromEntries(legend.map((e) => [e.key, e.label]));
  const summary = module.summary(rows, language);
  const title = fill(text.title, summary);
  const alt = fill(text.alt.trim(), summary);
  const events = chartEvents(module.id, content.timeline ?? [], locale);
  const views = module.views.map((view) => ({
    id: view,
    label: text.views[view] ?? view,
    svgs: RENDERINGS.map(({ name, width, fontSize }) => ({
      name,
      svg: renderSvg(module.spec(rows, { ...language, view, width, fontSize, legend: labels, events }), {
        idPrefix: `${module.id}-${view}-${name}`,
        title: `${title} (${text.views[view] ?? view})`,
        description: alt,
      }),
    })),
  }));
  return {
    id: module.id,
    title,
    subtitle: text.subtitle,
    alt,
    views,
    legend,
    sources: sourceRefs([...new Set(rows.map((r) => r.source))], content.sources, locale),
    notes: [...dataset.notes, ...text.notes],
    table: tableModel(dataset, content.sources, locale),
    events: events.map((e) => ({ n: e.n, href: e.href, text: `${formatDate(e.date, locale)}: ${e.label}` })),
  };
}
