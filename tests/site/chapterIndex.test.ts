import { describe, expect, it } from "vitest";
import { chapterIndex, type ChapterEntry } from "../../src/site/chapters.ts";

const entry = (order: number, slug: string): ChapterEntry => ({
  id: slug,
  data: { title: slug.toUpperCase(), dek: "d", order, slug, sources: ["s"], updated: "2026-01-01" },
  body: `Body of ${slug}`,
  filePath: `content/chapters/${slug}.mdx`,
});

describe("chapterIndex(load)", () => {
  it("reads the collection once however many pages and languages ask, and gives every page the same list", async () => {
    let loads = 0;
    const chapters = chapterIndex(async () => {
      loads++;
      return [entry(2, "b"), entry(1, "a")];
    });
    const [first, second] = await Promise.all([chapters("en"), chapters("en")]);
    const other = await chapters("qps");
    expect(loads).toBe(1);
    expect(second).toBe(first);
    expect(other.map((c) => c.slug)).toEqual(["a", "b"]);
  });

  it("lists chapters in reading order with their frontmatter beside the entry, for every page's shape", async () => {
    const [a, b] = await chapterIndex(async () => [entry(2, "b"), entry(1, "a")])("en");
    expect(a).toMatchObject({ id: "a", slug: "a", title: "A", order: 1, body: "Body of a", data: { slug: "a" } });
    expect(b!.order).toBe(2);
  });

  it("fails on two chapters with the same order, naming both files", async () => {
    await expect(chapterIndex(async () => [entry(1, "a"), entry(1, "b")])("en")).rejects.toThrow(
      'content/chapters/b.mdx: expected a unique order and slug, found order 1 and slug "b" also used by content/chapters/a.mdx',
    );
  });
});
