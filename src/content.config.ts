import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { chapterSchema } from "./schemas/chapter.ts";
import { siteContent } from "./load/loadContent.ts";

// English chapters at the top of content/chapters/, each other language in its folder (content/chapters/es/…).
// Ids from the file path ("the-deal", "es/the-deal"), not from the `slug` field, which each language's file repeats.
const chapterFiles = glob({
  pattern: "**/*.mdx",
  base: "./content/chapters",
  generateId: ({ entry }) => entry.replace(/\.mdx$/, ""),
});

/**
 * Chapters are MDX rendered by Astro, the only Astro collection. Loading them first reads and cross-checks every other
 * content file with src/load/loadContent.ts (the code the tests run on fixtures), so a content error stops `astro build`
 * and `astro dev` with its file and line before any page renders.
 */
const chapters = defineCollection({
  loader: {
    name: "chapters",
    load: async (context) => {
      siteContent();
      await chapterFiles.load(context);
    },
  },
  schema: chapterSchema,
});

export const collections = { chapters };
