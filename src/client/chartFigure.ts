/**
 * <chart-figure> enhances a chart figure rendered at build time. Without it the figure is complete; with it:
 * - tooltips on hover, tap and keyboard focus (Tab into the chart, arrow keys move between marks, Escape closes);
 * - the view switch (every view is already in the HTML; this only shows one).
 * Marks are the SVG elements that carry a <title>; their text becomes the tooltip and the accessible name. A mark that
 * is a link (a timeline event) keeps its link role, and Enter follows it.
 */
import { tipPlace } from "./tipPlace.ts";

class ChartFigure extends HTMLElement {
  #tip: HTMLElement | null = null;
  #ring: HTMLElement | null = null;
  #active: SVGElement | null = null;

  connectedCallback() {
    const figure = this.querySelector("figure")!;
    this.#tip = figure.querySelector(".chart-tip");
    // The active mark's ring: a box over it in the page's two colours (chart.css), so it shows on every data colour.
    this.#ring = document.createElement("div");
    this.#ring.className = "chart-ring";
    this.#ring.setAttribute("aria-hidden", "true");
    this.#ring.hidden = true;
    this.#tip?.before(this.#ring);
    figure.querySelectorAll("svg").forEach((svg) => this.#enhance(svg));
    const controls = figure.querySelector<HTMLElement>(".chart-controls");
    if (controls) {
      controls.hidden = false;
      controls.addEventListener("click", (event) => {
        const button = (event.target as Element).closest<HTMLButtonElement>("button[data-view]");
        if (button) this.#show(button.dataset.view!);
      });
    }
    document.addEventListener("pointerdown", (event) => {
      if (!this.contains(event.target as Node)) this.#hide();
    });
  }

  /** Turns each titled mark into a focusable, labelled item with one tab stop per SVG. */
  #enhance(svg: SVGSVGElement) {
    const titles = [...svg.querySelectorAll("title")].filter((title) => title.parentNode !== svg);
    const marks = titles.map((title) => {
      const mark = title.parentElement as unknown as SVGElement;
      mark.dataset.tip = title.textContent ?? "";
      mark.setAttribute("aria-label", mark.dataset.tip.replace(/\n/g, ", "));
      if (mark.tagName.toLowerCase() !== "a") mark.setAttribute("role", "img"); // a link stays a link
      mark.setAttribute("tabindex", "-1");
      title.remove(); // the styled tooltip replaces the browser's
      return mark;
    });
    if (!marks.length) return;
    svg.setAttribute("role", "group");
    svg.setAttribute("tabindex", "-1"); // Chromium would make the <svg> itself a tab stop before its first mark
    marks[0]!.setAttribute("tabindex", "0");
    svg.addEventListener("focusin", (e) => this.#activate(e.target as SVGElement));
    svg.addEventListener("focusout", () => this.#hide());
    svg.addEventListener("pointerover", (e) => this.#activate(e.target as SVGElement));
    svg.addEventListener("pointerleave", () => this.#hide());
    svg.addEventListener("keydown", (e) => this.#key(e, svg));
  }

  /** Marks of one SVG in reading order: left to right, then top to bottom, as drawn (transforms included). */
  #marks(svg: SVGSVGElement): SVGGraphicsElement[] {
    return [...svg.querySelectorAll<SVGGraphicsElement>("[data-tip]")]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .sort((a, b) => a.box.left + a.box.width / 2 - (b.box.left + b.box.width / 2) || a.box.top - b.box.top)
      .map(({ el }) => el);
  }

  #key(event: KeyboardEvent, svg: SVGSVGElement) {
    if (event.key === "Escape") return this.#hide();
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    const marks = this.#marks(svg);
    const at = marks.indexOf(event.target as SVGGraphicsElement);
    const next =
      event.key === "Home"
        ? 0
        : event.key === "End"
          ? marks.length - 1
          : step === undefined
            ? -1
            : Math.min(marks.length - 1, Math.max(0, at + step));
    if (next < 0 || at < 0) return;
    event.preventDefault();
    marks[at]!.setAttribute("tabindex", "-1");
    marks[next]!.setAttribute("tabindex", "0");
    marks[next]!.focus();
  }

  #activate(target: SVGElement) {
    const mark = target.closest<SVGElement>("[data-tip]");
    if (!mark || !this.#tip) return;
    this.#active?.classList.remove("is-active");
    this.#active = mark;
    mark.classList.add("is-active");
    const tip = this.#tip;
    tip.textContent = mark.dataset.tip ?? "";
    tip.hidden = false;
    const frame = tip.offsetParent!.getBoundingClientRect();
    const r = mark.getBoundingClientRect();
    const box = {
      left: r.left - frame.left,
      top: r.top - frame.top,
      right: r.right - frame.left,
      bottom: r.bottom - frame.top,
    };
    if (this.#ring) {
      this.#ring.hidden = false;
      Object.assign(this.#ring.style, {
        left: `${box.left}px`,
        top: `${box.top}px`,
        width: `${r.width}px`,
        height: `${r.height}px`,
      });
    }
    const texts = [...(mark.ownerSVGElement?.querySelectorAll("text") ?? [])].map((t) => {
      const b = t.getBoundingClientRect();
      return {
        left: b.left - frame.left,
        top: b.top - frame.top,
        right: b.right - frame.left,
        bottom: b.bottom - frame.top,
      };
    });
    const { left, top } = tipPlace(
      box,
      { width: tip.offsetWidth, height: tip.offsetHeight },
      frame.width,
      RING + 4,
      texts,
    );
    tip.style.left = `${left}px`;
    tip.style.top = `${top}px`;
  }

  #hide() {
    this.#active?.classList.remove("is-active");
    this.#active = null;
    if (this.#tip) this.#tip.hidden = true;
    if (this.#ring) this.#ring.hidden = true;
  }

  #show(view: string) {
    this.#hide();
    this.querySelectorAll<HTMLElement>(".chart-view").forEach((el) => (el.hidden = el.dataset.view !== view));
    this.querySelectorAll("button[data-view]").forEach((b) =>
      b.setAttribute("aria-pressed", String((b as HTMLElement).dataset.view === view)),
    );
  }
}

/** How far the ring reaches outside its mark, in CSS px (chart.css: a 2 px halo and a 2 px outline). */
const RING = 4;

customElements.define("chart-figure", ChartFigure);
