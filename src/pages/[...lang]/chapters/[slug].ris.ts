import type { APIRoute, GetStaticPaths } from "astro";
import { chapterCitable } from "../../../site/citable.ts";
import { citationResponse } from "../../../files/citationFiles.ts";
import { perLanguage } from "../../../i18n/lang.ts";
import { siteChapters } from "../../../site/chapters.ts";
import { LANGUAGES } from "../../../config.ts";

export const getStaticPaths = (async () => {
  const chaptersIn = new Map(
    await Promise.all(LANGUAGES.map(async (lang) => [lang, await siteChapters(lang)] as const)),
  );
  return perLanguage((lang) =>
    chaptersIn.get(lang)!.map((chapter) => ({ params: { slug: chapter.data.slug }, props: { chapter } })),
  );
}) satisfies GetStaticPaths;

/** /chapters/<slug>.ris: the chapter's citation as RIS, with its version. */
export const GET: APIRoute = ({ props }) => citationResponse(chapterCitable(props.chapter, props.lang), "ris");
