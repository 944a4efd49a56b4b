/**
 * The messages between an embedded chart (/embed/<id>/) and the page that embeds it. The chart speaks the dialects
 * hosts already understand, so it resizes wherever one of them is listening; it listens only for a height request.
 */

/** What the chart posts when its height changes: Canvas/Sakai LTI, Datawrapper's resizer, and pym.js. */
export function heightMessages(chartId: string, childId: string, height: number): unknown[] {
  return [
    JSON.stringify({ subject: "lti.frameResize", height }), // learning platforms parse a JSON string
    { "datawrapper-height": { [chartId]: height } },
    `pymxPYMx${childId}xPYMxheightxPYMx${height}`,
  ];
}

/** What our host script (/embed.js) sends to ask a chart for its height again. */
export const HEIGHT_REQUEST = "safe-third-country:height?";

/** Is `data` a request for the height: ours, or pym.js telling the child its width (pym expects a height back)? */
export function isHeightRequest(data: unknown, childId: string): boolean {
  return data === HEIGHT_REQUEST || (typeof data === "string" && data.startsWith(`pymxPYMx${childId}xPYMxwidthxPYMx`));
}

/** The height in an `lti.frameResize` message (a JSON string or an object), if it is one with a sane height. */
export function frameResizeHeight(data: unknown): number | undefined {
  let message = data;
  if (typeof data === "string") {
    if (!data.includes("lti.frameResize")) return undefined;
    try {
      message = JSON.parse(data);
    } catch {
      return undefined;
    }
  }
  if (typeof message !== "object" || message === null) return undefined;
  const { subject, height } = message as { subject?: unknown; height?: unknown };
  if (subject !== "lti.frameResize" || typeof height !== "number" || !Number.isFinite(height)) return undefined;
  return height >= 50 && height <= 20000 ? Math.ceil(height) : undefined;
}
