import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds, chartModelFor } from "../../site/chartModels.ts";
import { chartEmbedFallback, chartEmbedHeight } from "../../site/chartPageModel.ts";
import { embedSnippet } from "../../site/embedSnippet.ts";
import { absoluteUrl } from "../../i18n/absoluteUrl.ts";
import { shareCardPath } from "../../site/shareCardPath.ts";
import { t } from "../../i18n/translations.ts";

export const getStaticPaths = (() => chartIds().map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

/** The width oEmbed consumers are told; the frame itself takes the full width it is given. */
const WIDTH = 640;

/** oEmbed (type "rich") for one chart, found through the chart page's discovery <link>. */
export const GET: APIRoute = ({ params }) => {
  const model = chartModelFor(params.id!);
  const embedUrl = absoluteUrl(`/embed/${model.id}/`);
  const body = {
    version: "1.0",
    type: "rich",
    title: model.title,
    provider_name: t("site.title"),
    provider_url: absoluteUrl("/"),
    html: embedSnippet(embedUrl, t("embed.frameTitle", { title: model.title }), chartEmbedFallback(model)),
    width: WIDTH,
    height: chartEmbedHeight(model, WIDTH),
    thumbnail_url: absoluteUrl(shareCardPath(`/charts/${model.id}/`)),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    license: t("reuse.licence"),
    license_url: "https://creativecommons.org/licenses/by/4.0/",
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { "Content-Type": "application/json; charset=utf-8" } });
};
