/**
 * The width of `text` set at `fontSize` px, estimated where the font cannot be read (chart labels laid out before the
 * browser draws them, the embed page's height): 0.55 em a character, 0.6 bold, as wide as DejaVu Sans, so text
 * estimated this way wraps early rather than overflows. Build-time images measure the real font (render/fontMetrics.ts).
 */
export const approxWidth = (text: string, fontSize: number, bold = false): number =>
  text.length * fontSize * (bold ? 0.6 : 0.55);
