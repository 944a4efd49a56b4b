/**
 * The one script of /embed/<id>/, loaded as a classic script in <head>: a frame sandboxed without allow-same-origin
 * has an opaque origin and cannot load the site's module scripts (they need CORS), but it can run this. It
 * - applies ?theme=light|dark before the page paints (default: the reader's system setting, through CSS);
 * - posts the page's height to the host page whenever it changes, in the formats hosts already listen for (with the
 *   secret WordPress put in the address as #?secret=…, which WordPress wants echoed);
 * - answers a height request from its parent window, and ignores every other message;
 * - in a sandboxed frame, opens a clicked link itself, and where no window could open (a sandbox without
 *   allow-popups) shows the address as text to copy instead of leaving a dead link;
 * - defines <chart-figure> (tooltips, view switch) when the module script could not load.
 * Configured by <html data-embed-id="<chart id>">; pym.js hosts add ?childId=.
 */
import { heightMessages, isHeightRequest, wordpressLink, wordpressSecret } from "./embedProtocol.ts";

const root = document.documentElement;
const params = new URLSearchParams(location.search);
const theme = params.get("theme");
if (theme === "light" || theme === "dark") root.dataset.theme = theme;

const chartId = root.dataset.embedId ?? "";
const childId = params.get("childId") ?? chartId;
const secret = wordpressSecret(location.hash);
const framed = window.parent !== window;
let posted = 0;

function postHeight(always = false) {
  const height = Math.ceil(root.getBoundingClientRect().height);
  if (!framed || (!always && height === posted)) return;
  posted = height;
  for (const message of heightMessages(chartId, childId, height, secret)) window.parent.postMessage(message, "*"); // a height is no secret
}

window.addEventListener("message", (event) => {
  if (event.source === window.parent && isHeightRequest(event.data, childId)) postHeight(true);
});

/** The link's address, as text the reader can select and copy; the credit link (whose words are its address) becomes plain text. */
function showAddress(link: HTMLAnchorElement) {
  for (const credit of document.querySelectorAll<HTMLAnchorElement>("a[data-embed-address]")) {
    const text = document.createElement("span");
    text.textContent = credit.textContent;
    text.className = "embed-address";
    credit.replaceWith(text);
  }
  const note = document.querySelector<HTMLElement>("[data-embed-blocked]");
  const url = note?.querySelector<HTMLElement>("[data-embed-blocked-url]");
  if (!note || !url) return;
  url.textContent = link.href;
  note.hidden = false;
  getSelection()?.selectAllChildren(url); // ready to copy
}

// Nothing tells a page its sandbox flags, and probing window.open could open a window nobody asked for. So: only in a
// sandbox (an opaque origin), and only when the reader clicks a link, open it ourselves; a null window means the
// sandbox forbids popups, and then WordPress is asked to open it in the top window and the address is shown as text.
if (framed && self.origin === "null") {
  document.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>("a[href]");
    if (!link || event.defaultPrevented || link.target === "_self" || link.getAttribute("href")!.startsWith("#"))
      return;
    event.preventDefault();
    if (window.open(link.href, "_blank")) return;
    if (secret) window.parent.postMessage(wordpressLink(link.href, secret), "*");
    showAddress(link);
  });
}

document.addEventListener("DOMContentLoaded", () => {
  if (!customElements.get("chart-figure")) void import("./chartFigureLate.ts");
  new ResizeObserver(() => postHeight()).observe(root);
  postHeight(true);
});
