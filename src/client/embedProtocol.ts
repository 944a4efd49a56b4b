/**
 * The messages between an embedded chart (/embed/<id>/) and the page that embeds it. The chart speaks the dialects
 * hosts already understand, so it resizes wherever one of them is listening; it listens only for a height request.
 */

/**
 * What the chart posts when its height changes: Canvas/Sakai LTI, Datawrapper's resizer, pym.js and, when WordPress
 * gave the frame a secret, WordPress's own message (its host script resizes only frames that echo their secret).
 */
export function heightMessages(chartId: string, childId: string, height: number, secret?: string): unknown[] {
  const messages: unknown[] = [
    JSON.stringify({ subject: "lti.frameResize", height }), // learning platforms parse a JSON string
    { "datawrapper-height": { [chartId]: height } },
    `pymxPYMx${childId}xPYMxheightxPYMx${height}`,
  ];
  if (secret) messages.push({ message: "height", value: height, secret });
  return messages;
}

/**
 * The secret WordPress appends to an embedded frame's address as `#?secret=<letters and digits>`, if there is one.
 * WordPress ignores a message whose secret has any other character, so anything else is no secret.
 */
export function wordpressSecret(hash: string): string | undefined {
  const match = /[#?&]secret=([^&#]*)/.exec(hash);
  return match && /^[a-zA-Z0-9]{1,64}$/.test(match[1]!) ? match[1] : undefined;
}

/** WordPress's request to open `url` in the top window: it obeys only for a frame that has focus and a link to the frame's own host. */
export const wordpressLink = (url: string, secret: string) => ({ message: "link", value: url, secret });

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
