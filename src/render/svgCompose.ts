import { wrapText } from "../charts/kit/wrapText.ts";
import { swatchSvg } from "./swatch.ts";
import type { LegendEntry } from "../charts/kit/chartModule.ts";
import type { Weight } from "./rasterise.ts";
import { escapeXml } from "./escapeXml.ts";

/** Measures text in the image font: width in px of `text` at `size` px and `weight`. Injected so layout stays pure. */
export type Measure = (text: string, size: number, weight?: Weight) => number;

/** A block of wrapped text and the height it takes. */
export interface Block {
  svg: string;
  height: number;
}

export interface TextStyle {
  size: number;
  weight?: Weight;
  fill: string;
  lineHeight?: number;
  maxLines?: number;
}

/** Wraps `text` to `width` and sets it as one <text> per line, top-left at (x, y). */
export function textBlock(
  text: string,
  x: number,
  y: number,
  width: number,
  style: TextStyle,
  measure: Measure,
): Block {
  const { size, weight = "regular", fill, lineHeight = 1.25, maxLines } = style;
  const lines = wrapText(text, width, (t) => measure(t, size, weight), maxLines);
  const step = size * lineHeight;
  const svg = lines
    .map(
      (line, i) =>
        `<text x="${x}" y="${round(y + size * 0.95 + i * step)}" font-size="${size}"${weight === "bold" ? ' font-weight="700"' : ""} fill="${fill}">${escapeXml(line)}</text>`,
    )
    .join("");
  return { svg, height: lines.length ? round((lines.length - 1) * step + size * 1.2) : 0 };
}

/** The viewBox size of an SVG string. */
export function svgSize(svg: string): { width: number; height: number } {
  const match = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(svg);
  if (!match) throw new Error("svgSize: expected an <svg> with a viewBox, found none");
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** Places a whole <svg> inside a box of another SVG, scaled to fit (aspect kept, aligned top-left). */
export function placeSvg(svg: string, box: { x: number; y: number; width: number; height: number }): string {
  const open = /^<svg\b[^>]*>/.exec(svg);
  if (!open) throw new Error("placeSvg: expected a string starting with <svg>");
  const { width, height } = svgSize(svg);
  const keep = [...open[0].matchAll(/\s(style|font-size|font-family|fill|text-anchor)="([^"]*)"/g)]
    .map(([, k, v]) => ` ${k}="${v}"`)
    .join("");
  const inner = svg.slice(open[0].length);
  return `<svg x="${round(box.x)}" y="${round(box.y)}" width="${round(box.width)}" height="${round(box.height)}" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMinYMin meet" overflow="visible"${keep}>${inner}`;
}

export interface LegendItem {
  label: string;
  color: string;
  shape: LegendEntry["shape"];
}

/**
 * Legend entries flowing in rows: a swatch (a square for bars, a short thick line for markers) and its label. An entry
 * too long for the rest of a row starts a new one; a label too long for a whole row wraps beside its swatch.
 */
export function legendBlock(
  items: LegendItem[],
  x: number,
  y: number,
  width: number,
  size: number,
  fill: string,
  measure: Measure,
): Block {
  const lineHeight = Math.round(size * 1.3);
  const rowGap = Math.round(size * 0.25);
  const swatch = Math.round(size * 0.85);
  const gap = size * 0.4;
  const spacing = size * 1.2;
  const parts: string[] = [];
  let cx = x;
  let top = y;
  let rowHeight = 0;
  for (const item of items) {
    const labelWidth = measure(item.label, size);
    const oneLine = swatch + gap + labelWidth;
    if (cx > x && cx + oneLine > x + width) {
      cx = x;
      top += rowHeight + rowGap;
      rowHeight = 0;
    }
    const lines = wrapText(item.label, width - swatch - gap, (t) => measure(t, size));
    const swatchTop = top + (lineHeight - swatch) / 2;
    parts.push(
      swatchSvg(item.shape, item.color, cx, swatchTop, swatch), // drawn as the page's legend draws it
      ...lines.map(
        (line, i) =>
          `<text x="${round(cx + swatch + gap)}" y="${round(top + i * lineHeight + lineHeight / 2 + size * 0.35)}" font-size="${size}" fill="${fill}">${escapeXml(line)}</text>`,
      ),
    );
    rowHeight = Math.max(rowHeight, lines.length * lineHeight);
    cx = lines.length > 1 ? x + width : cx + oneLine + spacing; // a wrapped entry takes its rows whole
  }
  return { svg: parts.join(""), height: items.length ? round(top - y + rowHeight) : 0 };
}

export const round = (n: number) => Math.round(n * 100) / 100;

/** An SVG document of the given size with a background, in the image font. */
export function svgDocument(
  width: number,
  height: number,
  background: string,
  body: string,
  a11y: { title: string; description?: string },
): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${round(height)}" viewBox="0 0 ${width} ${round(height)}" font-family="'Source Sans 3', system-ui, sans-serif" role="img">` +
    `<title>${escapeXml(a11y.title)}</title>${a11y.description ? `<desc>${escapeXml(a11y.description)}</desc>` : ""}` +
    `<rect width="100%" height="100%" fill="${background}"/>${body}</svg>`
  );
}
