import type { APIRoute, GetStaticPaths } from "astro";
import { updatesModel } from "../../site/updatesModel.ts";
import { atomFeed } from "../../files/updatesFeed.ts";
import { siteChapters } from "../../site/chapters.ts";
import { useTranslations } from "../../i18n/translations.ts";
import { absoluteUrl } from "../../i18n/absoluteUrl.ts";
import { paths } from "../../i18n/paths.ts";
import { perLanguage } from "../../i18n/lang.ts";
import { LANG_TAGS, type Lang } from "../../config.ts";

export const getStaticPaths = (() => perLanguage()) satisfies GetStaticPaths;

/** /updates.xml (and /<lang>/updates.xml): the Atom feed of /updates/ in the route's language. */
export const GET: APIRoute = async ({ props }) => {
  const lang = props.lang as Lang;
  const t = useTranslations(lang);
  const site = t("site.title");
  const words = {
    title: t("updates.feedTitle", { site }),
    subtitle: t("updates.dek"),
    author: site,
    home: absoluteUrl(paths.home(lang)),
    rights: t("footer.licence"),
    lang: LANG_TAGS[lang],
  };
  return new Response(atomFeed(updatesModel(lang, await siteChapters(lang)), words), {
    headers: { "Content-Type": "application/atom+xml; charset=utf-8" },
  });
};
