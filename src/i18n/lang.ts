import { DEFAULT_LANG, LANGUAGES, type Lang } from "../config.ts";
import { buildInputsDigest } from "../load/buildInputs.ts";

/** The `lang` route parameter of a language: none for the default language (served at the root), else its code. */
export const langParam = (lang: Lang): string | undefined => (lang === DEFAULT_LANG ? undefined : lang);

/** Whether a string names a language the site is built in. */
export const isLang = (code: string): code is Lang => (LANGUAGES as readonly string[]).includes(code);

/**
 * getStaticPaths for a page under src/pages/[...lang]/: one route per language, or, given entries per language,
 * each entry once per language with `lang` added to its params and to its props. Each carries the digest of the
 * build's inputs as its `cacheKey`, so an unchanged page is copied from the last build (load/buildInputs.ts).
 */
export function perLanguage<Params extends Record<string, string>, Props extends object = object>(
  entries: (lang: Lang) => { params: Params; props?: Props }[] = () => [{ params: {} as Params }],
) {
  return LANGUAGES.flatMap((lang) =>
    entries(lang).map((entry) => ({
      params: { ...entry.params, lang: langParam(lang) },
      props: { ...entry.props, lang } as Props & { lang: Lang },
      cacheKey: buildInputsDigest(),
    })),
  );
}

/**
 * The language of the page being rendered, from its route (the `lang` parameter of src/pages/[...lang]/). Pages,
 * layouts and components call this; nothing below them guesses a language.
 */
export function routeLang(astro: { params: Record<string, string | undefined> }): Lang {
  const code = astro.params.lang ?? DEFAULT_LANG;
  if (!isLang(code))
    throw new Error(`route: expected a language of the site (${LANGUAGES.join(", ")}), found "${code}"`);
  return code;
}
