import { CSP, CSP_HEADER, IMMUTABLE_CACHE, LANGUAGES, SECURITY_HEADERS } from "../config.ts";
import { langParam } from "../i18n/lang.ts";

/** One rule of a _headers file: a path pattern (`*` matches anything) and the headers sent with what it matches. */
export interface HeaderRule {
  path: string;
  headers: Readonly<Record<string, string>>;
}

/** A file or folder at one level of the build. */
export interface BuiltEntry {
  name: string;
  dir: boolean;
}

/** Top-level names that anyone may frame or load: the bare charts and the script that sizes their frames. */
const EMBEDS = new Set(["embed", "embed.js"]);
/** Top-level names read by other sites' scripts: data downloads, oEmbed files, the embed script. */
const CORS = new Set(["data", "oembed", "embed.js"]);
/** Top-level folders whose file names carry a content hash: Astro's assets and the pages' script (src/pages/js/). */
const HASHED = new Set(["_astro", "js"]);
const OPEN = { "Access-Control-Allow-Origin": "*" };
/** The folders of the languages served under /<lang>/. */
const LANGUAGE_FOLDERS: ReadonlySet<string> = new Set(LANGUAGES.flatMap((lang) => langParam(lang) ?? []));

/**
 * The header rules of a built site served at `base`, from the entries of its top level and of each language's folder
 * (`list("")`, `list("es")`; `languageFolders` names those folders). Hosts that read _headers join the values of every matching rule and cannot take a
 * header off, so the framing CSP is never given to a pattern that covers embeds: it is given to the root and to each
 * top-level entry one by one (a language's folder entry by entry), leaving out /embed/* and /embed.js, whose CSP
 * header is the meta policy as it is. Paths the build does not have (a 404) get the common headers only.
 */
export function headerRules(
  list: (folder: string) => BuiltEntry[],
  base: string,
  languageFolders: ReadonlySet<string> = LANGUAGE_FOLDERS,
): HeaderRule[] {
  const rules: HeaderRule[] = [{ path: `${base}*`, headers: SECURITY_HEADERS }];
  const level = (folder: string) => {
    const prefix = `${base}${folder ? `${folder}/` : ""}`;
    rules.push({ path: prefix, headers: { "Content-Security-Policy": CSP_HEADER } });
    for (const entry of [...list(folder)].sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith("_headers")) continue;
      if (!folder && entry.dir && languageFolders.has(entry.name)) {
        level(entry.name);
        continue;
      }
      const path = `${prefix}${entry.name}${entry.dir ? "/*" : ""}`;
      const csp = EMBEDS.has(entry.name) ? CSP : CSP_HEADER;
      const hashed = !folder && HASHED.has(entry.name);
      rules.push({
        path,
        headers: {
          "Content-Security-Policy": csp,
          ...(CORS.has(entry.name) ? OPEN : {}),
          ...(hashed ? { "Cache-Control": IMMUTABLE_CACHE } : {}),
        },
      });
    }
  };
  level("");
  return rules;
}

/** The text of a _headers file (Netlify, Cloudflare Pages): each path, then its headers indented, a blank line between. */
export function headersFile(rules: HeaderRule[]): string {
  const head =
    "# Response headers for Netlify and Cloudflare Pages, generated at build time from src/config.ts by src/integrations/securityHeaders.ts.\n";
  return (
    head +
    rules
      .map(
        (r) =>
          `\n${r.path}\n${Object.entries(r.headers)
            .map(([name, value]) => `  ${name}: ${value}\n`)
            .join("")}`,
      )
      .join("")
  );
}
