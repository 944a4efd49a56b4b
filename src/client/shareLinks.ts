/**
 * <share-links> adds to the plain share links (which work on their own): a "Copy link" button, and a "Share…" button
 * where the browser has the Web Share API. Configured by data-url, data-title, data-copied and data-failed.
 */
import { announce, copyText } from "./clipboard.ts";

class ShareLinks extends HTMLElement {
  connectedCallback() {
    const { url = location.href, title = document.title, copied = "", failed = "" } = this.dataset;
    const status = this.querySelector("[role=status]");
    const copy = this.querySelector<HTMLButtonElement>("button[data-copy]");
    const share = this.querySelector<HTMLButtonElement>("button[data-native]");
    if (copy) {
      copy.closest("li")!.hidden = false;
      copy.addEventListener("click", async () => announce(status, (await copyText(url)) ? copied : failed));
    }
    const field = this.querySelector<HTMLInputElement>("input[data-url-field]");
    field?.addEventListener("focus", () => field.select()); // one tap selects the whole address
    if (share && typeof navigator.share === "function") {
      share.closest("li")!.hidden = false;
      share.addEventListener("click", () => navigator.share({ title, url }).catch(() => {})); // a cancelled share is not an error
    }
  }
}

if (!customElements.get("share-links")) customElements.define("share-links", ShareLinks);
