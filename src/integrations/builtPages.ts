import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** Every HTML page of a finished build as its path relative to the base ("/", "/chapters/x/"), sorted. */
export function builtPages(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : name.endsWith(".html") ? [path] : [];
    });
  return walk(root)
    .map((file) => `/${relative(root, file).replace(/index\.html$/, "")}`)
    .sort();
}

/** The HTML of one built page. */
export const readPage = (root: string, pagePath: string) =>
  readFileSync(join(root, pagePath, pagePath.endsWith(".html") ? "" : "index.html"), "utf8");
