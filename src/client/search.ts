/**
 * <site-search> turns the search page's plain form (which, without JavaScript, only reloads the page above its static
 * index) into live search over Pagefind's index of the page's language. Nothing is fetched until the box gets focus
 * or the page opens with ?q=…: then Pagefind's own script (data-bundle + "pagefind.js"), its worker and WebAssembly
 * load once. The kind filters (radio buttons named "type") appear, and ?q=…&type=… records the search so it can be
 * shared. Unknown types and bad parameters are ignored. Strings come from data-* attributes: data-loading,
 * data-count ("{count}", "{query}"), data-count-one, data-none, data-failed, data-more, and data-kinds (a JSON object
 * of each kind's label).
 */

/** What Pagefind's JS API gives for one result (the fields used here). */
interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  filters: Record<string, string[]>;
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface Pagefind {
  options(options: { baseUrl?: string }): Promise<void>;
  init(): Promise<void>;
  search(query: string, options?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<ResultData> }[] } | null>;
}

/** Results shown at once; each costs a small fragment request. */
const PAGE = 10;

class SiteSearch extends HTMLElement {
  #pagefind?: Promise<Pagefind>;
  #input!: HTMLInputElement;
  #status!: HTMLElement;
  #list!: HTMLOListElement;
  #more!: HTMLButtonElement;
  #pending: { data(): Promise<ResultData> }[] = [];
  #run = 0; // the latest search: older ones that finish late are dropped
  #timer?: ReturnType<typeof setTimeout>;

  connectedCallback() {
    const form = this.querySelector("form")!;
    this.#input = form.querySelector<HTMLInputElement>("input[name=q]")!;
    this.#status = this.querySelector(".search-status")!;
    this.#list = this.querySelector("ol.search-results")!;
    this.#more = this.querySelector("button.search-more")!;
    this.querySelector<HTMLElement>(".search-types")!.hidden = false;
    this.#input.addEventListener("focus", () => void this.#load().catch(() => {}), { once: true });
    this.#input.addEventListener("input", () => {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#search(), 200);
    });
    form.addEventListener("change", (event) => (event.target as HTMLInputElement).name === "type" && void this.#search());
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#more.addEventListener("click", () => void this.#showMore(this.#run));
    const params = safeParams();
    const type = params.get("type");
    const radio = [...this.#radios()].find((r) => r.value === (type ?? ""));
    if (radio) radio.checked = true;
    this.#input.value = params.get("q") ?? "";
    if (this.#input.value.trim()) void this.#search();
  }

  #radios = () => this.querySelectorAll<HTMLInputElement>("input[name=type]");

  /** Pagefind, imported and initialised once; it picks the index of the page's <html lang>. */
  #load(): Promise<Pagefind> {
    this.#pagefind ??= import(/* @vite-ignore */ `${this.dataset.bundle}pagefind.js`).then(async (pagefind: Pagefind) => {
      await pagefind.options({ baseUrl: this.dataset.base ?? "/" });
      await pagefind.init();
      return pagefind;
    });
    return this.#pagefind;
  }

  async #search() {
    clearTimeout(this.#timer);
    const run = ++this.#run;
    const query = this.#input.value.trim();
    const type = [...this.#radios()].find((r) => r.checked)?.value ?? "";
    const url = new URL(location.href);
    url.search = new URLSearchParams({ ...(query ? { q: query } : {}), ...(type ? { type } : {}) }).toString();
    history.replaceState(history.state, "", url);
    this.#list.replaceChildren();
    this.#list.hidden = true;
    this.#more.hidden = true;
    if (!query) return this.#say("");
    this.#say(this.dataset.loading ?? "");
    try {
      const pagefind = await this.#load();
      const found = await pagefind.search(query, type ? { filters: { type } } : {});
      if (run !== this.#run || !found) return;
      this.#pending = [...found.results];
      const count = found.results.length;
      const words = count === 0 ? this.dataset.none : count === 1 ? this.dataset.countOne : this.dataset.count;
      this.#say(fill(words ?? "", { count, query }));
      await this.#showMore(run);
    } catch {
      if (run === this.#run) this.#say(this.dataset.failed ?? "");
    }
  }

  /** Renders the next PAGE results (each fetches its fragment), unless a newer search has started. */
  async #showMore(run: number) {
    const next = this.#pending.splice(0, PAGE);
    const data = await Promise.all(next.map((r) => r.data()));
    if (run !== this.#run) return;
    const kinds = JSON.parse(this.dataset.kinds ?? "{}") as Record<string, string>;
    this.#list.append(...data.map((d) => resultItem(d, kinds)));
    this.#list.hidden = this.#list.children.length === 0;
    this.#more.hidden = this.#pending.length === 0;
  }

  #say(text: string) {
    this.#status.textContent = text;
  }
}

/** One result: its title as a link, its kind, its excerpt with the matches marked, and up to three matching sections. */
function resultItem(data: ResultData, kinds: Record<string, string>): HTMLLIElement {
  const item = element("li", "search-result");
  const heading = item.appendChild(element("p", "search-result-title"));
  heading.appendChild(link(data.url, data.meta.title ?? data.url));
  const kind = data.filters.type?.[0];
  if (kind && kinds[kind]) heading.append(" ", element("span", "search-kind", kinds[kind]));
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
  return [...body.childNodes].map((node) => (node.nodeName === "MARK" ? element("mark", "", node.textContent ?? "") : document.createTextNode(node.textContent ?? "")));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className = "", text?: string): HTMLElementTagNameMap[K] {
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
const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (m, name: string) => (name in values ? String(values[name]) : m));

if (!customElements.get("site-search")) customElements.define("site-search", SiteSearch);
