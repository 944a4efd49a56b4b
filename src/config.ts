/** Site-wide constants, each defined once. Every stage may import this file; it imports nothing. */

/** The languages the site is published in; the first is the default, served at the root (others under /<lang>/). */
export const LANGUAGES = ["en"] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = LANGUAGES[0];
