/**
 * /embed.js, the optional line a host page adds once: it sets each of our chart frames to the exact height its chart
 * reports, replacing the snippet's fallback (aspect-ratio and min-height). It trusts a message only when it comes from
 * the window of one of our frames on this page (origin ours, or "null" for a frame sandboxed without
 * allow-same-origin) and carries a sane height; everything else is ignored.
 */
import { frameResizeHeight, HEIGHT_REQUEST } from "./embedProtocol.ts";

const flag = "__safeThirdCountryEmbeds";
const script = document.currentScript as HTMLScriptElement | null;
if (script && !(window as unknown as Record<string, boolean>)[flag]) {
  (window as unknown as Record<string, boolean>)[flag] = true;
  const embeds = new URL("embed/", script.src).href;
  const origin = new URL(script.src).origin;
  const ourFrames = () => [...document.querySelectorAll("iframe")].filter((frame) => frame.src.startsWith(embeds));

  window.addEventListener("message", (event) => {
    if (event.origin !== origin && event.origin !== "null") return;
    const frame = ourFrames().find((f) => f.contentWindow === event.source);
    const height = frame && frameResizeHeight(event.data);
    if (!frame || height === undefined) return;
    frame.style.aspectRatio = "auto";
    frame.style.minHeight = "0";
    frame.style.height = `${height}px`;
  });

  // Frames that loaded before this script missed nothing: ask them again. Frames still loading will report on their own.
  for (const frame of ourFrames()) frame.contentWindow?.postMessage(HEIGHT_REQUEST, "*");
}
