import type { ChartEvent, ChartLanguage, ChartModule, LegendEntry } from "../charts/kit/chartModule.ts";
import { chartFormat } from "../charts/kit/format.ts";
import type { Content } from "../load/loadContent.ts";
import { renderSvg } from "../render/renderSvg.ts";
import { fill, localeOf } from "../i18n/translations.ts";
import { chartTextIn } from "../i18n/chartText.ts";
import type { ChartText } from "../schemas/chart.ts";
import { RENDERINGS, type Lang } from "../config.ts";
import { tableModel, type TableModel } from "./tableModel.ts";
import { sourceRefs, type SourceRef } from "./sourceRefs.ts";
import { chartEvents } from "./chartEvents.ts";
import { formatDate } from "../i18n/formatDate.ts";

/** The widths every chart is drawn at: RENDERINGS of src/config.ts, named here too for the chart tests. */
export { RENDERINGS };

/** A legend entry as the figure prints it: its key, colour, swatch shape and filled label. */
export interface ChartLegendItem {
  key: string;
  color: string;
  label: string;
  shape: LegendEntry["shape"];
}

/** A timeline event in the list under a chart: its number on the chart, its link and its words. */
export interface ChartEventItem {
  n: number;
  href: string;
  text: string;
}

export interface ChartView {
  id: string;
  label: string;
  svgs: { name: string; svg: string }[];
  /** What this view draws, and only that. */
  legend: ChartLegendItem[];
  /** The timeline events this view marks, for the list under it. */
  events: ChartEventItem[];
}

/** Everything a chart figure prints, computed from its module, its words and its dataset. */
export interface ChartModel {
  id: string;
  title: string;
  subtitle: string;
  alt: string;
  views: ChartView[];
  /** The default view's legend: what the chart image, share card and embed size estimate show. */
  legend: ChartLegendItem[];
  sources: SourceRef[];
  notes: string[];
  table: TableModel;
  /** Every timeline event the chart is given; each view lists those it draws. */
  events: ChartEventItem[];
}

/** The language a chart module is given: its words in `lang`, the formatters of the locale and the sources' names; the module writes nothing else. */
function chartLanguage(module: ChartModule, content: Content, text: ChartText, lang: Lang): ChartLanguage {
  const locale = localeOf(lang);
  return {
    chart: module.id,
    locale,
    words: text.words,
    format: chartFormat(locale),
    source: (id) => content.sources.get(id)?.publisher,
  };
}

/** A chart's headline with its {tokens} filled from the data, without drawing the chart. */
export function chartHeadline(module: ChartModule, content: Content, lang: Lang): string {
  const text = chartTextIn(content, module.id);
  return fill(
    text.title,
    module.summary(content.datasets.get(text.dataset)!.rows, chartLanguage(module, content, text, lang)),
  );
}

/** Builds the chart's view model: every view at every width, legend, alt text, sources, notes and table. */
export function chartModel(module: ChartModule, content: Content, lang: Lang): ChartModel {
  const locale = localeOf(lang);
  const text = chartTextIn(content, module.id);
  const language = chartLanguage(module, content, text, lang);
  const dataset = content.datasets.get(text.dataset)!;
  const rows = dataset.rows;
  const legendOf = (view: string): ChartLegendItem[] =>
    module.legend(rows, language, view).map((entry) => {
      const template = text.legend[entry.label];
      if (template === undefined)
        throw new Error(`content/charts/${module.id}.yaml: chart "${module.id}" needs a legend label "${entry.label}"`);
      return { key: entry.key, color: entry.color, shape: entry.shape, label: fill(template, entry.values) };
    });
  const eventItem = (e: ChartEvent): ChartEventItem => ({
    n: e.n,
    href: e.href,
    text: `${formatDate(e.date, locale)}: ${e.label}`,
  });
  const summary = module.summary(rows, language);
  const title = fill(text.title, summary);
  const alt = fill(text.alt.trim(), summary);
  const events = chartEvents(module.id, content.timeline ?? [], lang);
  const views = module.views.map((view): ChartView => {
    const legend = legendOf(view);
    const labels = Object.fromEntries(legend.map((e) => [e.key, e.label]));
    return {
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
      legend,
      events: (module.eventsIn?.(rows, view, events) ?? events).map(eventItem),
    };
  });
  return {
    id: module.id,
    title,
    subtitle: text.subtitle,
    alt,
    views,
    legend: views[0]!.legend,
    sources: sourceRefs([...new Set(rows.map((r) => r.source))], content.sources, locale),
    notes: [...dataset.notes, ...text.notes],
    table: tableModel(dataset, content.sources, locale),
    events: events.map(eventItem),
  };
}
