import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter.ts";
import { siteContent } from "./load/loadContent.ts";

/**
 * Chapters are MDX rendered by Astro. Sources, datasets, facts and chart texts are read and cross-checked by
 * src/load/loadContent.ts (the same code the tests run on fixtures); loading them here makes a content error stop
 * `astro build` and `astro dev` before any page renders.
 */
const chapters = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/chapters" }),
  schema: chapterSchema,
});

const sources = defineCollection({
  loader: async () => [...siteContent().sources.values()],
});

export const collections = { chapters, sources };
