import type { LegendEntry } from "../charts/kit/chartModule.ts";
import { legendBlock, placeSvg, svgDocument, svgSize, textBlock, type Measure } from "./svgCompose.ts";
import { resolveCustomProperties } from "./palette.ts";

/** What a picture of a chart needs: its words and its rendered views (site/chartModel.ts builds this and more). */
export interface ChartPicture {
  id: string;
  title: string;
  subtitle: string;
  alt: string;
  views: { svgs: { name: string; svg: string }[] }[];
  legend: { key: string; color: string; label: string; shape: LegendEntry["shape"] }[];
}

/** What a chart image says around the chart: the site's name, the chart page's address, the licence. */
export interface ChartImageText {
  siteName: string;
  pageUrl: string;
  licence: string;
  /** "Sources: A (date); B (date)." */
  sources: string;
}

/** The image's width in SVG pixels; the PNG is drawn at twice this. */
const CHART_IMAGE_WIDTH = 680;
/** The PNG of a chart is drawn at twice the SVG's size: 1360 px wide, sharp on a slide or a printed page. */
export const CHART_PNG_WIDTH = CHART_IMAGE_WIDTH * 2;
const PAD = 20;

/**
 * The chart as a file of its own: title, subtitle, legend, the default view's wide rendering, the source line and a
 * footer with the site's name, licence and address, coloured with `theme` (a downloaded SVG has no stylesheet).
 */
export function chartImageSvg(
  model: ChartPicture,
  text: ChartImageText,
  theme: Record<string, string>,
  measure: Measure,
): string {
  const inner = CHART_IMAGE_WIDTH - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;
  const add = (block: { svg: string; height: number }, gap: number) => {
    parts.push(block.svg);
    y += block.height + (block.height ? gap : 0);
  };
  add(textBlock(model.title, PAD, y, inner, { size: 22, weight: "bold", fill: "var(--fg)" }, measure), 6);
  add(textBlock(model.subtitle, PAD, y, inner, { size: 15, fill: "var(--muted)", lineHeight: 1.35 }, measure), 8);
  add(legendBlock(model.legend, PAD, y, inner, 14, "var(--fg)", measure), 8);
  const chart = model.views[0]!.svgs.find((s) => s.name === "wide") ?? model.views[0]!.svgs.at(-1)!;
  const size = svgSize(chart.svg);
  const height = (size.height * inner) / size.width;
  parts.push(placeSvg(chart.svg, { x: PAD, y, width: inner, height }));
  y += height + 14;
  add(textBlock(text.sources, PAD, y, inner, { size: 13, fill: "var(--muted)", lineHeight: 1.35 }, measure), 4);
  add(
    textBlock(
      `${text.siteName} · ${text.licence} · ${text.pageUrl}`,
      PAD,
      y,
      inner,
      { size: 13, fill: "var(--muted)", lineHeight: 1.35 },
      measure,
    ),
    0,
  );
  const svg = svgDocument(CHART_IMAGE_WIDTH, y + PAD, "var(--bg)", parts.join(""), {
    title: model.title,
    description: model.alt,
  });
  return resolveCustomProperties(svg, theme, `chart "${model.id}"`);
}
