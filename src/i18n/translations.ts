import { join } from "node:path";
import { LOCALES, type Lang } from "../config.ts";
import { loadUiStrings } from "../load/loadUiStrings.ts";
import { projectRoot } from "../load/projectRoot.ts";
import { pseudoAll } from "../load/pseudoContent.ts";

/** A key of the UI strings: content/ui/<lang>.json. Every language has the same keys as English. */
export type UiKey = keyof typeof import("../../content/ui/en.json");
type UiStrings = Readonly<Record<UiKey, string>>;

/**
 * content/ui/<lang>.json, read and checked when first asked for (load/loadUiStrings.ts): a broken file fails the build
 * with its name and line, instead of failing the import of astro.config.mjs as an "unloadable Astro config".
 */
const read = (lang: string) =>
  loadUiStrings(join(projectRoot(), "content/ui", `${lang}.json`), `content/ui/${lang}.json`) as UiStrings;

/** UI strings of each language: content/ui/<lang>.json. Adding a language is adding a file and a line here. */
const files: Record<Lang, () => UiStrings> = {
  en: () => read("en"),
  es: () => sameKeys("es"),
  qps: () => pseudoAll(read("en")),
};

/** Another language's strings, failing unless they have exactly English's keys (a missing one would show English). */
function sameKeys(lang: Lang): UiStrings {
  const strings = read(lang);
  const english = read("en");
  const missing = Object.keys(english).find((key) => !(key in strings));
  if (missing) throw new Error(`content/ui/${lang}.json: expected the key "${missing}" (as in en.json), found none`);
  const extra = Object.keys(strings).find((key) => !(key in english));
  if (extra) throw new Error(`content/ui/${lang}.json: expected only en.json's keys, found "${extra}"`);
  return strings;
}
const loaded = new Map<Lang, UiStrings>();

/** Every UI string of a language. */
export function uiStrings(lang: Lang): UiStrings {
  let strings = loaded.get(lang);
  if (!strings) loaded.set(lang, (strings = files[lang]()));
  return strings;
}

/**
 * The translator of a language: `t(key, values)` returns the string with `{name}` placeholders filled; a missing
 * key is a build error naming the file.
 */
export function useTranslations(lang: Lang) {
  const strings = uiStrings(lang);
  return (key: UiKey, values: Record<string, string | number> = {}): string => {
    const template = strings[key];
    if (template === undefined) throw new Error(`content/ui/${lang}.json: missing UI string "${key}"`);
    return fill(template, values);
  };
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so it is caught in review and tests. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w[\w-]*)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The locale used to format numbers and dates in a language ("en-US", "es-MX"). */
export const localeOf = (lang: Lang): string => LOCALES[lang];
