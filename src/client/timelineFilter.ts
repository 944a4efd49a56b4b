/**
 * <timeline-filter> enhances the timeline page rendered at build time. Without it every event is listed and the
 * overview's dots and each event's link work as plain anchors; with it:
 * - the filter form appears: categories and period filter the list at once, the count is announced in the status
 *   line, empty years are hidden, the overview dims filtered-out dots, and the URL (?category=…&period=…) records the
 *   view so it can be shared;
 * - a link to a hidden event (#id) shows every event again, then moves focus to it;
 * - "Copy link" buttons copy the address of an event.
 * Strings come from data-* attributes: data-count ("{shown}", "{total}"), data-count-all, data-count-none,
 * data-copied, data-copy-failed.
 */
class TimelineFilter extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #events: HTMLElement[] = [];

  connectedCallback() {
    this.#form = this.querySelector("form.tl-filters")!;
    this.#status = this.querySelector(".tl-count")!;
    this.#events = [...this.querySelectorAll<HTMLElement>(".tl-event")];
    this.#form.hidden = false;
    this.#readUrl(new URLSearchParams(location.search));
    this.#apply(false);
    this.#form.addEventListener("change", () => this.#apply(true));
    this.#form.addEventListener("submit", (event) => event.preventDefault());
    this.#form.addEventListener("reset", () => setTimeout(() => this.#apply(true))); // after the browser resets the fields
    this.querySelectorAll<HTMLButtonElement>("button.tl-copy").forEach((button) => {
      button.hidden = false;
      button.addEventListener("click", () => this.#copy(button));
    });
    addEventListener("hashchange", () => this.#reveal(true));
    this.#reveal(false);
  }

  /** Sets the fields from ?category=…&period=…; no category parameter means every category. */
  #readUrl(params: URLSearchParams) {
    const categories = params.getAll("category");
    this.#boxes().forEach((box) => (box.checked = categories.length === 0 || categories.includes(box.value)));
    const select = this.#select();
    const period = params.get("period") ?? "";
    select.value = [...select.options].some((o) => o.value === period) ? period : "";
  }

  #boxes = () => [...this.#form.querySelectorAll<HTMLInputElement>('input[name="category"]')];
  #select = () => this.#form.querySelector<HTMLSelectElement>('select[name="period"]')!;

  /** Shows the events that match, hides the rest and empty years, announces the count and, if asked, records the URL. */
  #apply(record: boolean) {
    const boxes = this.#boxes();
    const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    const [from, to] = this.#period();
    let shown = 0;
    for (const event of this.#events) {
      const year = Number(event.dataset.year);
      const match = chosen.has(event.dataset.category!) && year >= from && year <= to;
      event.hidden = !match;
      if (match) shown++;
      this.querySelectorAll(`a[data-event="${event.id}"]`).forEach((dot) => dot.classList.toggle("is-dimmed", !match));
    }
    this.querySelectorAll<HTMLElement>(".tl-year").forEach((section) => (section.hidden = !section.querySelector(".tl-event:not([hidden])")));
    const total = this.#events.length;
    const template = shown === total ? this.dataset.countAll : shown === 0 ? this.dataset.countNone : this.dataset.count;
    this.#status.textContent = (template ?? "").replace("{shown}", String(shown)).replace("{total}", String(total));
    if (record) {
      const params = new URLSearchParams();
      if (chosen.size < boxes.length) chosen.forEach((c) => params.append("category", c));
      if (this.#select().value) params.set("period", this.#select().value);
      const query = params.toString();
      history.replaceState(null, "", `${location.pathname}${query ? `?${query}` : ""}`);
    }
  }

  /** The chosen period as a year range: "2018", "2020-2025", or every year. */
  #period(): [number, number] {
    const value = this.#select().value;
    if (!value) return [-Infinity, Infinity];
    const [from, to = from] = value.split("-").map(Number);
    return [from!, to!];
  }

  /** Brings the event named in the URL's hash into view: shows every event if filters hide it, and focuses it. */
  #reveal(focus: boolean) {
    const id = decodeURIComponent(location.hash.slice(1));
    const target = id ? this.#events.find((e) => e.id === id) : undefined;
    if (!target) return;
    if (target.hidden) {
      this.#form.reset();
      this.#readUrl(new URLSearchParams());
      this.#apply(false);
      history.replaceState(null, "", `${location.pathname}#${id}`);
    }
    this.#events.forEach((e) => e.classList.toggle("is-highlighted", e === target));
    if (focus || !matchMedia("(prefers-reduced-motion: reduce)").matches) target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true }); // screen readers start reading at the event
  }

  /** Copies the event's address; where the clipboard is unavailable, puts it in the address bar instead. Says which. */
  async #copy(button: HTMLButtonElement) {
    const id = button.dataset.copy!;
    const url = `${location.origin}${location.pathname}#${id}`;
    const said = this.querySelector<HTMLElement>(".tl-copy-status")!;
    try {
      await navigator.clipboard.writeText(url);
      said.textContent = this.dataset.copied ?? "";
    } catch {
      history.replaceState(null, "", `${location.pathname}#${id}`);
      said.textContent = this.dataset.copyFailed ?? "";
    }
    button.dataset.done = "";
    setTimeout(() => delete button.dataset.done, 3000);
  }
}

customElements.define("timeline-filter", TimelineFilter);
