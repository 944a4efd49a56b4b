import * as Plot from "@observablehq/plot";
import { parseHTML } from "linkedom";
import { escapeXml } from "./escapeXml.ts";

/** Accessible name and description of one rendered SVG, and the id prefix that keeps its ids unique on the page. */
export interface SvgA11y {
  idPrefix: string;
  title: string;
  description: string;
}

/**
 * Plot numbers its pattern ids (waffle marks) with a counter shared by the whole build, so the same chart would get
 * different ids depending on what was drawn before it. Renumbers them per SVG under its own prefix.
 */
function localIds(svg: string, prefix: string): string {
  const seen = new Map<string, string>();
  return svg.replace(/plot-pattern-\d+/g, (id) => {
    if (!seen.has(id)) seen.set(id, `${prefix}-pattern-${seen.size + 1}`);
    return seen.get(id)!;
  });
}

/** Rounds coordinates to two decimals: smaller files, and the same bytes on every machine. */
const roundNumbers = (svg: string) => svg.replace(/(\d+\.\d{2})\d+/g, (_, kept: string) => String(Number(kept)));

/**
 * SVG's `font-variant` attribute takes only `normal` or `small-caps`, so Plot's `font-variant="tabular-nums"` on axis
 * groups is invalid markup (the Nu HTML Checker rejects it): the same setting is said as the CSS property it means.
 */
const validFontVariant = (svg: string) =>
  svg.replace(/ font-variant="(?!normal"|small-caps")([^"]*)"/g, ' style="font-variant-numeric:$1"');

let renders = 0;
/** How many SVGs this process has rendered, so tests and the bench can check that each view × width is drawn once. */
export const svgRenderCount = () => renders;

/**
 * The one place Plot meets a DOM: renders Plot options to an SVG string at build time with a server-side document,
 * named by `<title>` and described by `<desc>` for assistive technology.
 */
export function renderSvg(options: Plot.PlotOptions, a11y: SvgA11y): string {
  renders++;
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const svg = Plot.plot({ ...options, className: "chart-svg", document }) as unknown as Element;
  if (svg.tagName.toLowerCase() !== "svg")
    throw new Error(
      `${a11y.idPrefix}: expected Plot to return an <svg>, found <${svg.tagName}> (drop Plot legends and captions; the figure draws its own)`,
    );
  const titleId = `${a11y.idPrefix}-title`;
  const descId = `${a11y.idPrefix}-desc`;
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-labelledby", titleId);
  svg.setAttribute("aria-describedby", descId);
  svg.removeAttribute("height"); // the viewBox keeps the aspect; CSS sets the width
  // Plot labels its groups ("bar", "rule"); an aria-label on a plain <g> is not allowed, and says nothing useful.
  for (const g of svg.querySelectorAll("g[aria-label]")) g.removeAttribute("aria-label");
  // Axis ticks and labels drawn as text say again what the description and the data table say, and a screen reader
  // would read them as one run-on string ("0 20K 40K … 2013 2014 …"): hidden from it. The marks keep their names.
  for (const g of svg.querySelectorAll("g")) {
    if (g.children.length > 0 && [...g.children].every((child) => child.tagName.toLowerCase() === "text"))
      g.setAttribute("aria-hidden", "true");
  }
  // A mark Plot wrapped in a link (its `href` channel) becomes the link itself: the <title> moves up onto the <a>, so
  // the link is one named, focusable mark. An SVG holding links is a group: an img would hide them from assistive tech.
  const links = [...svg.querySelectorAll("a[href]")];
  for (const a of links) {
    const title = a.querySelector("title");
    if (title) a.insertBefore(title, a.firstChild);
  }
  if (links.length > 0) svg.setAttribute("role", "group");
  // Name and description go in after serialising: the DOM would print an HTML-parsed <title>'s text unescaped.
  const named = `<title id="${titleId}">${escapeXml(a11y.title)}</title><desc id="${descId}">${escapeXml(a11y.description)}</desc>`;
  return validFontVariant(localIds(roundNumbers(svg.outerHTML), a11y.idPrefix)).replace(
    /^<svg\b[^>]*>/,
    (open) => open + named,
  );
}
