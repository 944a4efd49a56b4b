/** A path sink, as d3-shape and Plot hand one to a symbol. */
interface PathContext {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  closePath(): void;
}

/** A symbol for Plot's dot mark: draws itself at the origin for an area `size` (π r² for a dot of radius r). */
export interface CustomSymbol {
  draw(context: PathContext, size: number): void;
}

const radius = (size: number) => Math.sqrt(size / Math.PI);

/**
 * Stroked symbols Plot lacks, for marks that must differ by shape as well as colour: a vertical bar (something
 * paused), two bars (something ended), a circle with a cross (something denied) and a tick (something confirmed).
 */
export function customSymbols(): Record<"bar" | "doubleBar" | "circledCross" | "check", CustomSymbol> {
  return {
    bar: {
      draw(context, size) {
        const r = radius(size);
        context.moveTo(0, -r * 1.1);
        context.lineTo(0, r * 1.1);
      },
    },
    doubleBar: {
      draw(context, size) {
        const r = radius(size);
        for (const x of [-r * 0.4, r * 0.4]) {
          context.moveTo(x, -r * 1.1);
          context.lineTo(x, r * 1.1);
        }
      },
    },
    circledCross: {
      draw(context, size) {
        const r = radius(size);
        const d = r * 0.55;
        context.moveTo(r, 0);
        context.arc(0, 0, r, 0, 2 * Math.PI);
        context.moveTo(-d, -d);
        context.lineTo(d, d);
        context.moveTo(d, -d);
        context.lineTo(-d, d);
      },
    },
    check: {
      draw(context, size) {
        const r = radius(size);
        context.moveTo(-r, 0);
        context.lineTo(-r * 0.3, r * 0.75);
        context.lineTo(r, -r * 0.8);
      },
    },
  };
}
