import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { LANGUAGES, SITE_STYLESHEET } from "../config.ts";
import { filesUnder } from "./filesUnder.ts";
import { projectRoot } from "./projectRoot.ts";

let digest: string | undefined;
/**
 * A digest of what every page is built from besides code: the bytes of each file the build reads from disk at run
 * time rather than imports (every content file, and the stylesheet the chart images and share cards take their colours
 * from, render/palette.ts), and the languages built. Code, UI strings and installed packages are Astro's to track (the
 * module graph of each page and the lockfile). Each page gives it to Astro as its `cacheKey` (i18n/lang.ts), so a
 * build with nothing changed copies the last build's page instead of rendering it again (astro.config.mjs,
 * `incrementalBuild`), and any change renders every page: one coarse key, never a stale page.
 */
export function buildInputsDigest(): string {
  if (digest) return digest;
  const root = projectRoot();
  const hash = createHash("sha256").update(LANGUAGES.join(","));
  for (const file of [...filesUnder(join(root, "content")), join(root, SITE_STYLESHEET)])
    hash.update(`\0${relative(root, file)}\0`).update(readFileSync(file));
  return (digest = hash.digest("hex"));
}
