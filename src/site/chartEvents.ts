import type { ChartEvent } from "../charts/kit/chartModule.ts";
import type { TimelineEvent } from "../load/loadTimeline.ts";
import { formatDate } from "../i18n/formatDate.ts";
import { localeOf, useTranslations } from "../i18n/translations.ts";
import type { Lang } from "../config.ts";
import { href } from "../i18n/url.ts";
import { paths } from "../i18n/paths.ts";

/** The timeline events whose `annotate` names this chart, numbered in date order, each linking to its place on /timeline/. */
export function chartEvents(chartId: string, timeline: TimelineEvent[], lang: Lang): ChartEvent[] {
  const t = useTranslations(lang);
  const locale = localeOf(lang);
  return timeline
    .filter((e) => e.annotate.includes(chartId))
    .map((e, i) => ({
      id: e.id,
      n: i + 1,
      date: e.date,
      year: e.year,
      label: e.short ?? e.title, // the schema requires `short` on every event that annotates a chart
      tip: t("timeline.annotationTip", { n: i + 1, date: formatDate(e.date, locale), title: e.title }).replace(
        /\\n/g,
        "\n",
      ),
      href: href(paths.eventOnTimeline(e.id, lang)),
    }));
}
