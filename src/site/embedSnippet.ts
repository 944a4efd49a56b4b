import type { EmbedFallback } from "./embedSize.ts";
import { escapeXml as attr } from "../render/escapeXml.ts";

/**
 * The code a reader pastes: an iframe with a title, lazy loading, the full width, no border (as an attribute too, for
 * hosts that strip styles) and a fallback size (aspect ratio and minimum height, plus a height attribute for hosts
 * that strip styles) that shows the whole chart without any script. The minimum height is written `max(…)`, which
 * browsers read as the length itself, so that sanitisers which drop CSS functions (Canvas) drop it: such a host sizes
 * the frame from the chart's lti.frameResize messages, and a minimum height would leave blank space under a shorter chart.
 */
export function embedSnippet(src: string, title: string, fallback: EmbedFallback): string {
  const style = `width:100%;height:auto;aspect-ratio:${fallback.aspectRatio};min-height:max(${fallback.minHeight}px);border:0`;
  return `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${fallback.height}" frameborder="0" style="${style}"></iframe>`;
}

/** The optional line for the host page: sizes every chart frame on the page exactly. */
export const hostScriptSnippet = (src: string) => `<script async src="${attr(src)}"></script>`;

/**
 * The code for hosts that take no frame (Moodle where text is cleaned, slides, email): the chart as a picture, with
 * its alt text and its size in CSS px, that links to the chart's page.
 */
export function imageSnippet(
  pageUrl: string,
  imageUrl: string,
  alt: string,
  size: { width: number; height: number },
): string {
  return `<a href="${attr(pageUrl)}"><img src="${attr(imageUrl)}" alt="${attr(alt)}" width="${Math.round(size.width)}" height="${Math.round(size.height)}"></a>`;
}
