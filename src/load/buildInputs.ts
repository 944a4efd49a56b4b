import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LANGUAGES } from "../config.ts";
import { projectRoot } from "./projectRoot.ts";

/**
 * The folders and files the build reads from disk at run time rather than importing: every content file, and the
 * stylesheet whose colours the chart images and share cards are drawn in (render/palette.ts). Code, UI strings and
 * installed packages are Astro's to track (the module graph of each page and the lockfile).
 */
const READ_AT_BUILD = ["content", "src/styles/global.css"];

let digest: string | undefined;
/**
 * A digest of what every page is built from besides code: the bytes of each file in READ_AT_BUILD, and the languages
 * built. Each page gives it to Astro as its `cacheKey` (i18n/lang.ts), so a build with nothing changed copies the last
 * build's page instead of rendering it again (astro.config.mjs, `incrementalBuild`), and any change renders every
 * page: one coarse key, never a stale page.
 */
export function buildInputsDigest(): string {
  if (digest) return digest;
  const root = projectRoot();
  const hash = createHash("sha256").update(LANGUAGES.join(","));
  const files = READ_AT_BUILD.flatMap((path) => {
    const full = join(root, path);
    const isFolder = !/\.\w+$/.test(path);
    return isFolder
      ? readdirSync(full, { recursive: true, withFileTypes: true })
          .filter((entry) => entry.isFile())
          .map((entry) => join(entry.parentPath, entry.name))
      : [full];
  });
  for (const file of files.sort()) hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  return (digest = hash.digest("hex"));
}
