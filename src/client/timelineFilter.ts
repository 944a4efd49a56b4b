/**
 * <timeline-filter> enhances the timeline page rendered at build time. Without it every event is listed and the
 * overview's dots and each event's link work as plain anchors; with it:
 * - the filter form appears: categories and period filter the list at once, the count is announced in the status
 *   line, empty years are hidden, the overview dims filtered-out dots, and the URL (?category=…&period=…) records the
 *   view so it can be shared;
 * - a link to a hidden event (#id) shows every event again, then moves focus to it; filtering keeps the #id;
 * - "Copy link" buttons copy the address of an event's own page (their data-url).
 * Whatever the URL holds (bad percent-encoding, unknown categories or periods) is ignored rather than thrown on.
 * Strings come from data-* attributes: data-count ("{shown}", "{total}"), data-count-all, data-count-none,
 * data-copied, data-copy-failed.
 */
class TimelineFilter extends HTMLElement {
  #form!: HTMLFormElement;
  #status!: HTMLElement;
  #events: HTMLElement[] = [];
  /** Each event's dots in the overview, found once. */
  #dots = new Map<string, Element[]>();

  connectedCallback() {
    this.#form = this.querySelector("form.tl-filters")!;
    this.#status = this.querySelector(".tl-count")!;
    this.#events = [...this.querySelectorAll<HTMLElement>(".tl-event")];
    for (const dot of this.querySelectorAll<HTMLElement>("a[data-event]")) {
      const id = dot.dataset.event!;
      this.#dots.set(id, this.#dots.get(id) ?? []);
      this.#dots.get(id)!.push(dot);
    }
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

  /** Sets the fields from ?category=…&period=…; no known category in the parameters means every category. */
  #readUrl(params: URLSearchParams) {
    const known = new Set(this.#boxes().map((box) => box.value));
    const categories = params.getAll("category").filter((c) => known.has(c));
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
      this.#dots.get(event.id)?.forEach((dot) => dot.classList.toggle("is-dimmed", !match));
    }
    this.querySelectorAll<HTMLElement>(".tl-year").forEach(
      (section) => (section.hidden = !section.querySelector(".tl-event:not([hidden])")),
    );
    const total = this.#events.length;
    const template =
      shown === total ? this.dataset.countAll : shown === 0 ? this.dataset.countNone : this.dataset.count;
    this.#status.textContent = (template ?? "").replace("{shown}", String(shown)).replace("{total}", String(total));
    if (record) {
      const params = new URLSearchParams();
      if (chosen.size < boxes.length) chosen.forEach((c) => params.append("category", c));
      if (this.#select().value) params.set("period", this.#select().value);
      const query = params.toString();
      history.replaceState(null, "", `${location.pathname}${query ? `?${query}` : ""}${location.hash}`); // the #event stays
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
    const id = safeDecode(location.hash.slice(1));
    const target = id ? this.#events.find((e) => e.id === id) : undefined;
    if (!target) return;
    if (target.hidden) {
      this.#form.reset(); // its reset handler then records the unfiltered view, keeping the #event
      this.#readUrl(new URLSearchParams());
      this.#apply(true);
    }
    this.#events.forEach((e) => e.classList.toggle("is-highlighted", e === target));
    if (focus || !matchMedia("(prefers-reduced-motion: reduce)").matches) target.scrollIntoView({ block: "start" });
    target.focus({ preventScroll: true }); // screen readers start reading at the event
  }

  /** Copies the address of the event's own page (which unfurls with its card) and says whether that worked. */
  async #copy(button: HTMLButtonElement) {
    const url = button.dataset.url ?? "";
    const said = this.querySelector<HTMLElement>(".tl-copy-status")!;
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      // the clipboard can be refused (permissions, insecure context): the status says where the link is instead
    }
    said.textContent = (copied ? this.dataset.copied : this.dataset.copyFailed) ?? "";
    button.dataset.done = "";
    setTimeout(() => delete button.dataset.done, 3000);
  }
}

/** A URL fragment decoded, or as written where its percent-encoding is malformed ("#%" throws in decodeURIComponent). */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

if (!customElements.get("timeline-filter")) customElements.define("timeline-filter", TimelineFilter);

export {}; // a module, which client/enhance.ts imports when the page needs it
