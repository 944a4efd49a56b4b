import { mdxRefs } from "../load/mdxRefs.ts";

/** The anchor of the nth use (1-based) of a fact in a chapter's text: what its note's "back to text" link points at. */
export const factRefId = (id: string, n: number): string => `fact-ref-${id}-${n}`;

/** How many times each fact is cited in an MDX body (`<Fact id>` tags), so its note can link back to every use. */
export function factUseCounts(body: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ref of mdxRefs(body)) {
    const id = ref.tag === "Fact" ? ref.attributes.id : undefined;
    if (id !== undefined) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

const usesByPage = new WeakMap<object, Map<string, number>>();

/**
 * Counts a use of a fact on the page being rendered (`page` is any object unique to that render, e.g. Astro.locals)
 * and returns its number, 1 for the first use. Facts render in the order they are written, so the numbers match the
 * order factUseCounts reads them in.
 */
export function nextFactUse(page: object, id: string): number {
  let uses = usesByPage.get(page);
  if (!uses) usesByPage.set(page, (uses = new Map()));
  const n = (uses.get(id) ?? 0) + 1;
  uses.set(id, n);
  return n;
}
