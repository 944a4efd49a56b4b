import { existsSync } from "node:fs";
import { z } from "zod";
import { ContentError } from "./contentError.ts";
import { readYaml } from "./readYaml.ts";
import { publisherTranslation } from "../schemas/translation.ts";

/**
 * Whether the English sources write a publisher with words of this site's own around its name, which a translation
 * must give: a parenthesis ("Reuters (via the Hindustan Times)", "US Customs and Border Protection (press release)")
 * or a "via". A parenthesis that is part of a name ("(WOLA)") is given too, unchanged.
 */
export const hasOwnWords = (publisher: string): boolean => /\(|\bvia\b/.test(publisher);

/**
 * The publishers of a translation (content/publishers.<lang>.yaml at `path`): English publisher → as the language
 * writes it. Every publisher the English sources write with words of their own (hasOwnWords) must be there, once, and
 * nothing the English sources do not name; a publisher without such words stays as it is.
 */
export function translatedPublishers(path: string, file: string, english: Iterable<string>): Map<string, string> {
  const known = new Set(english);
  const { data, lineOf } = existsSync(path)
    ? readYaml(path, file, z.array(publisherTranslation))
    : { data: [], lineOf: () => undefined };
  const found = new Map<string, string>();
  data.forEach(({ publisher, text }, i) => {
    if (!known.has(publisher))
      throw new ContentError(
        file,
        lineOf([i, "publisher"]),
        `expected a publisher the sources name, found "${publisher}"`,
      );
    if (found.has(publisher))
      throw new ContentError(
        file,
        lineOf([i, "publisher"]),
        `expected each publisher once, found "${publisher}" again`,
      );
    found.set(publisher, text);
  });
  const missing = [...known].filter((publisher) => hasOwnWords(publisher) && !found.has(publisher)).sort();
  if (missing.length)
    throw new ContentError(
      file,
      undefined,
      `expected every publisher written with words of this site's own (a parenthesis or "via") in this language, found none for ${missing.map((p) => `"${p}"`).join(", ")}`,
    );
  return found;
}
