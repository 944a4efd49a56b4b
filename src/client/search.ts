/**
 * <site-search> turns the search page's plain form (which, without JavaScript, only reloads the page above its static
 * index) into live search over Pagefind's index of the page's language. Nothing is fetched until the box gets focus
 * or the page opens with ?q=…: then Pagefind's own script (data-bundle + "pagefind.js"), its worker and WebAssembly
 * load once. Results come grouped by kind in the order of data-kinds (a long chapter never sinks below twenty short
 * source entries), a few per kind with a button for the rest; the kind filters (radio buttons named "type") show one
 * kind, a page at a time. ?q=…&type=… records the search so it can be shared; unknown kinds and bad parameters are
 * ignored. Strings come from data-* attributes: data-loading, data-count ("{count}", "{query}"), data-count-one,
 * data-none, data-failed, data-all ("{count}"), data-more, and data-kinds (a JSON object: kind → heading).
 */

/** What Pagefind's JS API gives for one result (the fields used here). */
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Result {
  data(): Promise<ResultData>;
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: Result[] } | null>;
}

/** Results per kind when every kind is shown, and per page when one is: each costs a small fragment request. */
const PER_KIND = 3;
const PAGE = 10;

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #results!: HTMLElement;
  #run = 0; // the latest search: older ones that finish late are dropped
  #timer?: ReturnType<typeof setTimeout>;

  connectedCallback() {
    const form = this.querySelector("form")!;
    this.#input = form.querySelector<HTMLInputElement>("input[name=q]")!;
    this.#status = this.querySelector(".search-status")!;
    this.#results = this.querySelector(".search-results")!;
    this.querySelector<HTMLElement>(".search-types")!.hidden = false;
    this.#input.addEventListener("focus", () => void this.#load().catch(() => {}), { once: true });
    this.#input.addEventListener("input", () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), 200);
    });
    form.addEventListener(
      "change",
      (event) => (event.target as HTMLInputElement).name === "type" && void this.#search(),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#search();
    });
    const params = safeParams();
    const radio = [...this.#radios()].find((r) => r.value === (params.get("type") ?? ""));
    if (radio) radio.checked = true;
    // The address's query, else whatever the reader typed before this script arrived (it loads after the first paint).
    this.#input.value = params.get("q") ?? this.#input.value;
    if (this.#input.value.trim()) void this.#search();
    else if (document.activeElement === this.#input) void this.#load().catch(() => {});
  }

  #radios = () => this.querySelectorAll<HTMLInputElement>("input[name=type]");
  #kinds = () => JSON.parse(this.dataset.kinds ?? "{}") as Record<string, string>;

  /** Pagefind, imported and initialised once; it picks the index of the page's <html lang>. */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`).then(
      async (pagefind: Pagefind) => {
        await pagefind.options({ baseUrl: this.dataset.base ?? "/" });
        await pagefind.init();
        return pagefind;
      },
    );
    return this.#pagefind;
  }

  async #search() {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    const query = this.#input.value.trim();
    const kinds = this.#kinds();
    const type = [...this.#radios()].find((r) => r.checked)?.value ?? "";
    const one = type in kinds;
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...(one ? { type } : {}) }).toString();
    history.replaceState(history.state, "", url);
    this.#results.replaceChildren();
    if (!query) return this.#say("");
    this.#say(this.dataset.loading ?? "");
    try {
      const pagefind = await this.#load();
      const chosen = one ? [type] : Object.keys(kinds);
      const found = await Promise.all(chosen.map((kind) => pagefind.search(query, { filters: { type: kind } })));
      if (run !== this.#run) return;
      const groups = chosen
        .map((kind, i) => ({ kind, results: found[i]?.results ?? [] }))
        .filter((g) => g.results.length > 0);
      const count = groups.reduce((sum, g) => sum + g.results.length, 0);
      const words = count === 0 ? this.dataset.none : count === 1 ? this.dataset.countOne : this.dataset.count;
      await Promise.all(groups.map((g) => this.#group(run, g.kind, kinds[g.kind] ?? g.kind, g.results, one)));
      if (run === this.#run) this.#say(fill(words ?? "", { count, query }));
    } catch {
      if (run === this.#run) this.#say(this.dataset.failed ?? "");
    }
  }

  /**
   * One kind's results under its heading: the first few, then a button. Showing every kind, the button shows that
   * kind alone (its filter); showing one, it adds the next page.
   */
  async #group(run: number, kind: string, heading: string, results: Result[], one: boolean) {
    const section = this.#results.appendChild(element("section", "search-group"));
    section.setAttribute("aria-labelledby", `search-group-${kind}`);
    section.appendChild(element("h2", "", heading)).id = `search-group-${kind}`;
    const list = section.appendChild(element("ol", "search-list"));
    const pending = [...results];
    const button = section.appendChild(
      element(
        "button",
        "search-more",
        one ? this.dataset.more : fill(this.dataset.all ?? "", { count: results.length }),
      ),
    );
    button.type = "button";
    const show = async (n: number) => {
      const data = await Promise.all(pending.splice(0, n).map((r) => r.data()));
      if (run !== this.#run) return;
      list.append(...data.map(resultItem));
      button.hidden = pending.length === 0;
    };
    button.addEventListener("click", () => {
      if (one) return void show(PAGE);
      const radio = [...this.#radios()].find((r) => r.value === kind);
      if (radio) radio.checked = true;
      void this.#search();
    });
    await show(one ? PAGE : PER_KIND);
  }

  #say(text: string) {
    this.#status.textContent = text;
  }
}

/** One result: its title as a link, its excerpt with the matches marked, and up to three matching sections. */
function resultItem(data: ResultData): HTMLLIElement {
  const item = element("li", "search-result");
  item.appendChild(element("p", "search-result-title")).appendChild(link(data.url, data.meta.title ?? data.url));
  item.appendChild(element("p", "search-excerpt")).append(...marked(data.excerpt));
  const sections = data.sub_results.filter((s) => s.url !== data.url && s.url.includes("#")).slice(0, 3);
  if (sections.length > 0) {
    const list = item.appendChild(element("ul", "search-sections"));
    for (const s of sections) list.appendChild(element("li")).appendChild(link(s.url, s.title));
  }
  return item;
}

/** An excerpt's text with Pagefind's <mark>s kept and nothing else of its markup: parsed inertly, never run. */
function marked(excerpt: string): Node[] {
  const body = new DOMParser().parseFromString(excerpt, "text/html").body;
  return [...body.childNodes].map((node) =>
    node.nodeName === "MARK"
      ? element("mark", "", node.textContent ?? "")
      : document.createTextNode(node.textContent ?? ""),
  );
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className = "",
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function link(href: string, text: string): HTMLAnchorElement {
  const a = element("a", "", text);
  a.href = href;
  return a;
}

/** The page's query parameters; a malformed query string reads as none. */
function safeParams(): URLSearchParams {
  try {
    return new URLSearchParams(location.search);
  } catch {
    return new URLSearchParams();
  }
}

/** Fills {name} placeholders (the same rule as src/i18n/translations.ts, which browser code cannot import). */
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));

if (!customElements.get("site-search")) customElements.define("site-search", SiteSearch);

export {}; // a module, which client/enhance.ts imports when the page needs it
