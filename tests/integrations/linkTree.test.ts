import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { linkTree } from "../../src/integrations/linkTree.ts";

const scratch = mkdtempSync(join(tmpdir(), "link-tree-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("linkTree (the search index kept in and taken from the cache)", () => {
  it("gives every file of a nested folder at the same place in the new one, as a link to the same bytes", () => {
    const from = join(scratch, "index");
    mkdirSync(join(from, "fragment"), { recursive: true });
    writeFileSync(join(from, "pagefind-entry.json"), '{"languages":{}}');
    writeFileSync(join(from, "fragment", "en_1.pf_fragment"), "one");
    writeFileSync(join(from, "fragment", "en_2.pf_fragment"), "two");
    const to = join(scratch, "cache", "abc");
    linkTree(from, to);
    for (const file of ["pagefind-entry.json", "fragment/en_1.pf_fragment", "fragment/en_2.pf_fragment"]) {
      expect(readFileSync(join(to, file), "utf8")).toBe(readFileSync(join(from, file), "utf8"));
      expect(statSync(join(to, file)).ino).toBe(statSync(join(from, file)).ino);
    }
  });

  it("stops on a file that is already there rather than mix two indexes", () => {
    const from = join(scratch, "again");
    mkdirSync(from);
    writeFileSync(join(from, "a"), "new");
    const to = join(scratch, "taken");
    mkdirSync(to);
    writeFileSync(join(to, "a"), "old");
    expect(() => linkTree(from, to)).toThrow(/EEXIST/);
    expect(readFileSync(join(to, "a"), "utf8")).toBe("old");
  });
});
