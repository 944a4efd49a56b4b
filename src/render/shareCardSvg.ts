import type { ChartPicture } from "./chartImageSvg.ts";
import { escapeXml } from "./escapeXml.ts";
import { wrapText } from "../charts/kit/wrapText.ts";
import { legendBlock, placeSvg, svgDocument, svgSize, textBlock, type Measure } from "./svgCompose.ts";
import { resolveCustomProperties } from "./palette.ts";
import { CARD_SIZE } from "../config.ts";

/** The card's size, CARD_SIZE of src/config.ts. */
export const CARD = CARD_SIZE;
const PAD = 64;
const INNER = CARD.width - 2 * PAD;

/** What every card carries: the site's name, a kicker ("Chapter 2", "Timeline"), and the page's address. */
export interface CardFrame {
  siteName: string;
  kicker?: string;
  /** Shown at the foot: the page's address without the scheme. */
  address: string;
}

/** The frame shared by every card: accent bar, site name and kicker at the top, address at the foot. */
function frame(
  body: string,
  frame: CardFrame,
  measure: Measure,
  a11y: { title: string; description?: string },
  theme: Record<string, string>,
): string {
  const kicker = frame.kicker
    ? `<text x="${PAD + measure(frame.siteName, 28, "bold") + 20}" y="${PAD + 24}" font-size="28" fill="var(--chart-accent)">${escapeXml(frame.kicker)}</text>`
    : "";
  const head =
    `<rect x="0" y="0" width="16" height="${CARD.height}" fill="var(--chart-accent)"/>` +
    `<text x="${PAD}" y="${PAD + 24}" font-size="28" font-weight="700" fill="var(--fg)">${escapeXml(frame.siteName)}</text>${kicker}`;
  const foot = textBlock(
    frame.address,
    PAD,
    CARD.height - PAD - 8,
    INNER,
    { size: 24, fill: "var(--muted)", maxLines: 1 },
    measure,
  ).svg;
  return resolveCustomProperties(
    svgDocument(CARD.width, CARD.height, "var(--bg)", head + body + foot, a11y),
    theme,
    "share card",
  );
}

const TOP = PAD + 72;
const BOTTOM = CARD.height - PAD - 40;

/** A card for any page: its title, large, and its description, centred in the space between head and foot. Long titles step down in size before they are cut. */
export function textCardSvg(
  page: { title: string; description: string },
  meta: CardFrame,
  theme: Record<string, string>,
  measure: Measure,
): string {
  const sizes = [72, 60, 52];
  const titleAt = (size: number, top: number) =>
    textBlock(
      page.title,
      PAD,
      top,
      INNER,
      { size, weight: "bold", fill: "var(--fg)", lineHeight: 1.1, maxLines: 3 },
      measure,
    );
  const size = sizes.find((s) => titleAt(s, 0).height <= s * 1.1 * 2 + s * 0.2) ?? sizes.at(-1)!;
  const titleHeight = titleAt(size, 0).height;
  const room = BOTTOM - TOP - titleHeight - 32;
  const lines = Math.max(0, Math.min(4, Math.floor(room / (32 * 1.3))));
  const descriptionAt = (top: number) =>
    textBlock(
      page.description,
      PAD,
      top,
      INNER,
      { size: 32, fill: "var(--muted)", lineHeight: 1.3, maxLines: lines },
      measure,
    );
  const descriptionHeight = lines ? descriptionAt(0).height : 0;
  const top = TOP + Math.max(0, (BOTTOM - TOP - (titleHeight + 32 + descriptionHeight)) / 2);
  const body = titleAt(size, top).svg + (lines ? descriptionAt(top + titleHeight + 32).svg : "");
  return frame(body, meta, measure, { title: page.title, description: page.description }, theme);
}

/** A key fact: the figure as large as it fits, the claim under it (whole), and its source. */
export function factCardSvg(
  fact: { value: string; claim: string; source: string },
  meta: CardFrame,
  theme: Record<string, string>,
  measure: Measure,
): string {
  const size = Math.min(190, Math.floor((190 * INNER) / Math.max(1, measure(fact.value, 190, "bold"))));
  const value = `<text x="${PAD - size * 0.04}" y="${TOP + size * 0.8}" font-size="${size}" font-weight="700" fill="var(--chart-accent)">${escapeXml(fact.value)}</text>`;
  const claimTop = TOP + size * 0.8 + 36;
  const sourceAt = (top: number) =>
    textBlock(fact.source, PAD, top, INNER, { size: 24, fill: "var(--muted)", maxLines: 2 }, measure);
  // The claim is what a shared card says, so it is printed whole: as many lines as fit above the source line, in the
  // largest of these sizes that holds all of it ("3.5 mil millones de dólares: lo que el Congreso…" lost its source
  // at three lines of 40 px). Only a claim too long for the smallest is cut.
  const room = BOTTOM - claimTop - 18 - sourceAt(0).height;
  const linesAt = (claimSize: number) => Math.max(1, Math.floor((room - claimSize * 1.2) / (claimSize * 1.15)) + 1);
  const claimSizes = [40, 34, 30];
  const claimSize =
    claimSizes.find((s) => wrapText(fact.claim, INNER, (line) => measure(line, s, "bold")).length <= linesAt(s)) ??
    claimSizes.at(-1)!;
  const claim = textBlock(
    fact.claim,
    PAD,
    claimTop,
    INNER,
    { size: claimSize, weight: "bold", fill: "var(--fg)", lineHeight: 1.15, maxLines: linesAt(claimSize) },
    measure,
  );
  const source = sourceAt(claimTop + claim.height + 18);
  return frame(
    value + claim.svg + source.svg,
    meta,
    measure,
    { title: `${fact.value}: ${fact.claim}`, description: fact.source },
    theme,
  );
}

/**
 * A chart's card: the title, legend and source line, and the chart itself in whichever rendering and placement
 * (beside the text or under it) shows the chart's text largest while the words still fit.
 */
export function chartCardSvg(
  model: ChartPicture,
  sources: string,
  meta: CardFrame,
  theme: Record<string, string>,
  measure: Measure,
): string {
  const renderings = model.views[0]!.svgs;
  let best: { fontSize: number; svg: string; beside: boolean } | undefined;
  for (const beside of [true, false]) {
    const textWidth = beside ? INNER * 0.46 : INNER;
    for (const [titleSize, legendSize] of [
      [42, 22],
      [38, 19],
      [34, 17],
    ] as const) {
      const title = textBlock(
        model.title,
        PAD,
        TOP,
        textWidth,
        { size: titleSize, weight: "bold", fill: "var(--fg)", lineHeight: 1.12, maxLines: beside ? 5 : 2 },
        measure,
      );
      const legend = legendBlock(
        model.legend,
        PAD,
        TOP + title.height + 18,
        textWidth,
        legendSize,
        "var(--fg)",
        measure,
      );
      const textBottom = TOP + title.height + 18 + legend.height;
      const sourceLines = beside ? Math.floor((BOTTOM - textBottom - 18) / 29) : 0;
      if (textBottom > BOTTOM || (beside && sourceLines < 1)) continue; // the words do not fit: try smaller type
      const source = beside
        ? textBlock(
            sources,
            PAD,
            textBottom + 18,
            textWidth,
            { size: 22, fill: "var(--muted)", lineHeight: 1.3, maxLines: sourceLines },
            measure,
          )
        : { svg: "" };
      const box = beside
        ? { x: PAD + INNER * 0.5, y: TOP - 8, width: INNER * 0.5, height: BOTTOM - TOP + 8 }
        : { x: PAD, y: textBottom + 16, width: INNER, height: BOTTOM - textBottom - 16 };
      if (box.height < 120) continue;
      for (const rendering of renderings) {
        const size = svgSize(rendering.svg);
        const scale = Math.min(box.width / size.width, box.height / size.height);
        const fontSize = Number(/font-size:\s*([\d.]+)px/.exec(rendering.svg)?.[1] ?? 12) * scale;
        if (best && fontSize <= best.fontSize) continue;
        const chart = placeSvg(rendering.svg, { ...box, width: size.width * scale, height: size.height * scale });
        best = { fontSize, svg: title.svg + legend.svg + source.svg + chart, beside };
      }
      break; // the largest type that fits is the one to use for this placement
    }
  }
  if (!best)
    throw new Error(`chart "${model.id}": its title and legend do not fit on a share card even in the smallest type`);
  return frame(
    best.svg,
    best.beside ? meta : { ...meta, address: `${sources} · ${meta.address}` },
    measure,
    { title: model.title, description: model.alt },
    theme,
  );
}
