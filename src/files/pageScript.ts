import { bundleModules } from "./bundleScript.ts";
import { href } from "../i18n/url.ts";

/** The pages' script: bundled with its enhancements (one file each, imported when a page has their element). */
export const PAGE_SCRIPT_ENTRY = "src/client/enhance.ts";

/** The address of the pages' script (/js/enhance.<hash>.js, served by src/pages/js/[file].ts), under the site's base. */
export async function pageScriptSrc(): Promise<string> {
  return href(`/js/${(await bundleModules(PAGE_SCRIPT_ENTRY)).entry}`);
}

const loaded = new WeakSet<object>();
/**
 * Whether the page being rendered (`page`: any object unique to that render, e.g. Astro.locals) has not yet printed
 * the script's loader; marks it printed. Several components of a page may ask for it; it is printed once.
 */
export function firstScriptOnPage(page: object): boolean {
  if (loaded.has(page)) return false;
  loaded.add(page);
  return true;
}
