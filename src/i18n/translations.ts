import en from "../../content/ui/en.json" with { type: "json" };

/** UI strings of one language: content/ui/<lang>.json. Adding a language is adding a file. */
const languages = { en } as const satisfies Record<string, Record<string, string>>;
export type Lang = keyof typeof languages;
export type UiKey = keyof typeof en;

/** Returns the string for `key` in `lang` with `{name}` placeholders filled; a missing key is a build error. */
export function t(key: UiKey, values: Record<string, string | number> = {}, lang: Lang = "en"): string {
  const template = (languages[lang] as Record<string, string>)[key];
  if (template === undefined) throw new Error(`content/ui/${lang}.json: missing UI string "${key}"`);
  return fill(template, values);
}

/** Fills `{name}` placeholders; an unknown placeholder is left visible so it is caught in review and tests. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w[\w-]*)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}

/** The locale used to format numbers and dates for a language. */
export const localeOf = (lang: Lang = "en"): string => languages[lang].locale;

/** Every UI string of a language, for callers that look a key up by a name they build. */
export const uiStrings = (lang: Lang = "en"): Readonly<Record<string, string>> => languages[lang];
