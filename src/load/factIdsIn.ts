import { refIds } from "./mdxRefs.ts";

/** The ids of `<Fact id="…">` in an MDX body, in order of first use, without repeats. */
export const factIdsIn = (body: string): string[] => refIds(body, "Fact");
