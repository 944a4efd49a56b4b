import type { EmbedFallback } from "./embedSize.ts";
import { escapeXml as attr } from "../render/escapeXml.ts";

/**
 * The code a reader pastes: an iframe with a title, lazy loading, the full width, and a fallback size (aspect ratio and
 * minimum height, plus a height attribute for hosts that strip styles) that shows the whole chart without any script.
 */
export function embedSnippet(src: string, title: string, fallback: EmbedFallback): string {
  const style = `width:100%;height:auto;aspect-ratio:${fallback.aspectRatio};min-height:${fallback.minHeight}px;border:0`;
  return `<iframe src="${attr(src)}" title="${attr(title)}" loading="lazy" width="100%" height="${fallback.height}" style="${style}"></iframe>`;
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
