/**
 * The one script of /embed/<id>/, loaded as a classic script in <head>: a frame sandboxed without allow-same-origin
 * has an opaque origin and cannot load the site's module scripts (they need CORS), but it can run this. It
 * - applies ?theme=light|dark before the page paints (default: the reader's system setting, through CSS);
 * - posts the page's height to the host page whenever it changes, in the formats hosts already listen for;
 * - answers a height request from its parent window, and ignores every other message;
 * - defines <chart-figure> (tooltips, view switch) when the module script could not load.
 * Configured by <html data-embed-id="<chart id>">; pym.js hosts add ?childId=.
 */
import { heightMessages, isHeightRequest } from "./embedProtocol.ts";

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const theme = params.get("theme");
if (theme === "light" || theme === "dark") root.dataset.theme = theme;

const chartId = root.dataset.embedId ?? "";
const childId = params.get("childId") ?? chartId;
const framed = window.parent !== window;
let posted = 0;

function postHeight(always = false) {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (!framed || (!always && height === posted)) return;
  posted = height;
  for (const message of heightMessages(chartId, childId, height)) window.parent.postMessage(message, "*"); // a height is no secret
}

window.addEventListener("message", (event) => {
  if (event.source === window.parent && isHeightRequest(event.data, childId)) postHeight(true);
});

document.addEventListener("DOMContentLoaded", () => {
  if (!customElements.get("chart-figure")) void import("./chartFigureLate.ts");
  new ResizeObserver(() => postHeight()).observe(root);
  postHeight(true);
});
