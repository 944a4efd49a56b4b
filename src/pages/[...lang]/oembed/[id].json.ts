import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds, chartModelFor } from "../../../site/chartModels.ts";
import { chartEmbedHeight, chartEmbedSizes } from "../../../site/embedModel.ts";
import { embedSnippet } from "../../../site/embedSnippet.ts";
import { absoluteUrl } from "../../../i18n/absoluteUrl.ts";
import { shareCardPath } from "../../../site/shareCardPath.ts";
import { useTranslations } from "../../../i18n/translations.ts";
import { perLanguage } from "../../../i18n/lang.ts";
import { paths } from "../../../i18n/paths.ts";
import { CARD_SIZE, LICENCE } from "../../../config.ts";

export const getStaticPaths = (() =>
  perLanguage(() => chartIds().map((id) => ({ params: { id } })))) satisfies GetStaticPaths;

/** The width oEmbed consumers are told; the frame itself takes the full width it is given. */
const WIDTH = 640;

/**
 * oEmbed (type "rich") for one chart, found through the chart page's discovery <link>. Its code is the compact embed:
 * oEmbed consumers such as WordPress cap a frame's height (WordPress at 1,000 px), and the compact embed fits under it.
 */
export const GET: APIRoute = ({ params, props }) => {
  const { lang } = props;
  const t = useTranslations(lang);
  const model = chartModelFor(params.id!, lang);
  const embedUrl = absoluteUrl(paths.embedCompact(model.id, lang));
  const body = {
    version: "1.0",
    type: "rich",
    title: model.title,
    provider_name: t("site.title"),
    provider_url: absoluteUrl(paths.home(lang)),
    html: embedSnippet(embedUrl, t("embed.frameTitle", { title: model.title }), chartEmbedSizes(model, lang).compact),
    width: WIDTH,
    height: chartEmbedHeight(model, WIDTH, lang, "compact"),
    thumbnail_url: absoluteUrl(shareCardPath(paths.chart(model.id, lang))),
    thumbnail_width: CARD_SIZE.width,
    thumbnail_height: CARD_SIZE.height,
    license: t("reuse.licence"),
    license_url: LICENCE.url,
  };
  return new Response(JSON.stringify(body, null, 2), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
