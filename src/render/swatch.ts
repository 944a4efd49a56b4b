import type { LegendEntry } from "../charts/kit/chartModule.ts";

const round = (n: number) => Math.round(n * 100) / 100;

/**
 * A legend entry's mark as SVG elements in a `size` square at (x, y), drawn the way the chart draws it: the one drawing
 * for the page's legend, the chart image and the share card. SVG, not CSS backgrounds, so it prints with default
 * settings and keeps its colour in forced colours (with `forced-color-adjust: none` on its <svg>).
 */
export function swatchSvg(shape: LegendEntry["shape"], color: string, x: number, y: number, size: number): string {
  const [cx, cy] = [round(x + size / 2), round(y + size / 2)];
  switch (shape) {
    case "marker": // a short thick line: a tick or a border
      return `<rect x="${round(x)}" y="${round(y + size * 0.35)}" width="${size}" height="${round(size * 0.3)}" fill="${color}"/>`;
    case "dot":
      return `<circle cx="${cx}" cy="${cy}" r="${round(size * 0.4)}" fill="${color}"/>`;
    case "ring": // a dot with a halo of the page colour and an outline, as markers drawn beside bars are
      return `<circle cx="${cx}" cy="${cy}" r="${round(size * 0.36)}" fill="${color}" stroke="currentColor" stroke-width="${round(size * 0.1)}"/>`;
    case "outline": // a hollow square: the rest, or what is not highlighted
      return `<rect x="${round(x + size * 0.1)}" y="${round(y + size * 0.1)}" width="${round(size * 0.8)}" height="${round(size * 0.8)}" fill="none" stroke="${color}" stroke-width="${round(size * 0.14)}"/>`;
    case "dash":
      return `<line x1="${round(x)}" x2="${round(x + size)}" y1="${cy}" y2="${cy}" stroke="${color}" stroke-width="${round(size * 0.16)}" stroke-dasharray="${round(size * 0.16)} ${round(size * 0.16)}"/>`;
    case "area": // land on a map: its outline tells it from the page
      return `<rect x="${round(x + 0.5)}" y="${round(y + 0.5)}" width="${size - 1}" height="${size - 1}" fill="${color}" stroke="var(--muted)"/>`;
    default:
      return `<rect x="${round(x)}" y="${round(y)}" width="${size}" height="${size}" rx="${round(size * 0.12)}" fill="${color}"/>`;
  }
}
