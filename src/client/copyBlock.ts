/**
 * <copy-block> shows a hidden "Copy" button beside a block of code (an embed snippet, a citation) and copies the
 * block's text. Without it the text is still there to select. Configured by data-copied and data-failed.
 */
import { announce, copyText } from "./clipboard.ts";

class CopyBlock extends HTMLElement {
  connectedCallback() {
    const button = this.querySelector<HTMLButtonElement>("button[data-copy]");
    const source = this.querySelector("[data-copy-source]");
    if (!button || !source) return;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const ok = await copyText(source.textContent ?? "");
      announce(this.querySelector("[role=status]"), ok ? (this.dataset.copied ?? "") : (this.dataset.failed ?? ""));
      if (!ok) getSelection()?.selectAllChildren(source);
    });
  }
}

if (!customElements.get("copy-block")) customElements.define("copy-block", CopyBlock);
