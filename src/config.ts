/** Site-wide constants, each defined once. Every stage may import this file; it imports nothing. */

/**
 * Every language the code knows. "qps" is a generated pseudo-language (every UI string and chart word accented and
 * bracketed) that only the i18n test builds, to prove no English is written in code.
 */
export type Lang = "en" | "es" | "qps";
/** The pseudo-language, built when PSEUDO_LOCALE=1. */
export const PSEUDO_LANG = "qps" satisfies Lang;
/** The languages the site is published in. SITE_LANGUAGES=en builds the English edition alone (the bench compares). */
const PUBLISHED: readonly Lang[] = ["en", "es"];
const env: Record<string, string | undefined> = typeof process === "undefined" ? {} : process.env;
const chosen = PUBLISHED.filter((lang) => (env.SITE_LANGUAGES ?? PUBLISHED.join(",")).split(",").includes(lang));
/** The languages the site is built in; the first is the default, served at the root (others under /<lang>/). */
export const LANGUAGES: readonly Lang[] = env.PSEUDO_LOCALE === "1" ? [...chosen, PSEUDO_LANG] : chosen;
export const DEFAULT_LANG: Lang = "en";
/** Whether a language's words come from translation files (`*.<lang>.yaml`): not the default, not the generated pseudo-language. */
export const isTranslated = (lang: Lang): boolean => lang !== DEFAULT_LANG && lang !== PSEUDO_LANG;

/** The site's stylesheet, from the project folder: pages import it, and the images read their colours from it. */
export const SITE_STYLESHEET = "src/styles/global.css";

/** The locale that formats numbers and dates in each language. */
export const LOCALES: Readonly<Record<Lang, string>> = { en: "en-US", es: "es-MX", qps: "en-US" };

/** The language tag pages declare (`<html lang>`, `hreflang`, `og:locale` derive from it). */
export const LANG_TAGS: Readonly<Record<Lang, string>> = { en: "en", es: "es-MX", qps: "qps" };

/**
 * The one inline script a page may carry (src/components/Enhance.astro), where it has something to enhance: once the
 * browser reports the page's first paint (a "paint" performance entry; the next frame where those are not reported),
 * it imports the page's script, named in its data-src (src/client/enhance.ts). A <script src> is fetched while the page
 * is still being parsed, on the way to its first paint on a slow connection; this starts the download only once the
 * reader sees the page. It marks <html data-enhancing> until the script has run (tests wait for that). One line,
 * written once: the CSP allows exactly this text, by its hash.
 */
export const PAGE_SCRIPT_LOADER =
  '{const s=document.currentScript,r=document.documentElement,go=()=>setTimeout(()=>import(s.dataset.src).catch(()=>delete r.dataset.enhancing));r.dataset.enhancing="";PerformanceObserver.supportedEntryTypes?.includes("paint")?new PerformanceObserver((l,o)=>{o.disconnect();go()}).observe({type:"paint",buffered:!0}):requestAnimationFrame(go)}';
/** SHA-256 of PAGE_SCRIPT_LOADER, base64 (this file imports nothing to compute it; tests/config.test.ts checks it). */
export const PAGE_SCRIPT_LOADER_SHA256 = "GYGxsCHZSFUjpP18R1RhAV0L0mdmvydXZRqFDJvmHmc=";

/**
 * The one Content-Security-Policy of every page, embeds included (sent as a meta tag; a host that can send headers
 * adds `frame-ancestors` there, never on embeds). Scripts only from this site, and inline only the one loader above,
 * by its hash; styles may be inline (Plot's SVGs carry a <style>); nothing from elsewhere. 'wasm-unsafe-eval' lets
 * search compile Pagefind's WebAssembly (its hosting guide asks for it) and allows no JavaScript eval.
 */
export const CSP = [
  "default-src 'self'",
  `script-src 'self' 'sha256-${PAGE_SCRIPT_LOADER_SHA256}' 'wasm-unsafe-eval'`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join("; ");

/**
 * What only an HTTP header can say: who may frame a page. Pages may be framed by the site itself only; embeds
 * (/embed/…, /embed.js) by anyone, so they get the plain CSP. Never X-Frame-Options: DENY, which would blank every
 * embed.
 */
export const FRAME_ANCESTORS = "frame-ancestors 'self'";

/** The Content-Security-Policy header of every page but the embeds: the meta policy plus FRAME_ANCESTORS. */
export const CSP_HEADER = `${CSP}; ${FRAME_ANCESTORS}`;

/**
 * Response headers for every file, where the host lets the site set them (_headers on Netlify and Cloudflare Pages;
 * see README "Deploying"): no MIME sniffing (data files carry content strings raw), no referrer (readers may be at
 * risk), no powerful features, HTTPS only for a year.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy":
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  "Strict-Transport-Security": "max-age=31536000",
};

/** Cache-Control of files whose names carry a content hash (Astro's /_astro/, the pages' script in /js/): a year, never revalidated. */
export const IMMUTABLE_CACHE = "public, max-age=31536000, immutable";

/** The licence of the site's text, charts and data: its short name and its deed. */
export const LICENCE = { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" } as const;

/** Share cards (Open Graph images) are 1200 × 630 px: the size every large-image preview crops least. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/**
 * The breakpoint between a chart's narrow and wide renderings, in CSS px of the figure's own width (a container
 * query in src/styles/chart.css and timeline.css; tests/config.test.ts checks that the CSS says the same).
 */
export const WIDE_FROM = 540;

/**
 * The widths a chart (and the timeline strip) is drawn at, in SVG px, with the font size that keeps text ≥ 12 CSS px
 * wherever that rendering is shown: narrow below WIDE_FROM (at 288 px, a 320 px viewport, 13 × 288/300 ≈ 12.5 px),
 * wide from WIDE_FROM (15 × 540/640 ≈ 12.7 px).
 */
export const RENDERINGS = [
  { name: "narrow", width: 300, fontSize: 13 },
  { name: "wide", width: 640, fontSize: 15 },
] as const;
