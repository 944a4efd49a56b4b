import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = new URL("../../", import.meta.url).pathname;
const en = JSON.parse(readFileSync(join(ROOT, "content/ui/en.json"), "utf8")) as Record<string, string>;
const filesIn = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? filesIn(path) : [path];
  });
/** Every file that may use a UI string: the code, and content other than the UI strings themselves. */
const users = [...filesIn("src"), ...filesIn("content").filter((f) => !f.startsWith("content/ui/"))].map((f) => ({
  file: f,
  text: readFileSync(join(ROOT, f), "utf8"),
}));
const code = users.filter((u) => u.file.startsWith("src/"));
/** Keys built at run time, as `t(\`share.${id}\`)`: the literal part of a template before its placeholder. */
const prefixes = [
  ...new Set(code.flatMap(({ text }) => [...text.matchAll(/`([a-z][\w]*(?:\.[\w]+)*\.)\$\{/g)].map((m) => m[1]!))),
];

describe("content/ui/en.json", () => {
  it("has no key that nothing uses: every key is named in src/ or content/, or built from a prefix src/ uses", () => {
    const quoted = (key: string) =>
      users.some(({ text }) => text.includes(`"${key}"`) || text.includes(`'${key}'`) || text.includes(`\`${key}\``));
    expect(Object.keys(en).filter((key) => !quoted(key) && !prefixes.some((p) => key.startsWith(p)))).toEqual([]);
  });

  it('has every key that src/ asks for with t("…"), and at least one key for each prefix it builds keys from', () => {
    const asked = code.flatMap(({ file, text }) =>
      [...text.matchAll(/\bt\(\s*["']([\w-]+(?:\.[\w-]+)+)["']/g)].map((m) => ({ file, key: m[1]! })),
    );
    expect(asked.length).toBeGreaterThan(50);
    expect(asked.filter(({ key }) => !(key in en)).map(({ file, key }) => `${file}: ${key}`)).toEqual([]);
    expect(prefixes.filter((p) => !Object.keys(en).some((key) => key.startsWith(p)))).toEqual([]);
  });
});
