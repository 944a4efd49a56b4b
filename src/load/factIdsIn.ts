/** The ids of `<Fact id="…">` in an MDX body, in order of first use, without repeats. */
export function factIdsIn(body: string): string[] {
  return [...new Set([...body.matchAll(/<Fact\b[^>]*?\bid=["']([^"']+)["']/g)].map((m) => m[1]!))];
}
