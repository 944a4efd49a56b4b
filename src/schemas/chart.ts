import { z } from "zod";
import { kebabId } from "./source.ts";

/** Words that go with a chart: content/charts/<id>.yaml, one entry per chart module in src/charts. */
export const chartTextSchema = z.strictObject({
  /** Chart id: the figure's id and the URL segment. */
  id: kebabId,
  /** Dataset the chart draws. */
  dataset: kebabId,
  /** Headline; `{token}`s are filled from the data. */
  title: z.string().min(1),
  subtitle: z.string().min(1),
  /** Text alternative: what it shows and the takeaway. `{token}`s are filled from the data. */
  alt: z.string().min(20),
  /** Labels of the views, by view id, in the order the switch shows them; the first is the default. */
  views: z.record(z.string(), z.string()).default({}),
  /** Labels of the legend entries, by key. */
  legend: z.record(z.string(), z.string()).default({}),
  /** Every other word the chart draws (axis labels, tooltip templates, units, place names), by key; `{name}` placeholders are filled by the chart. */
  words: z.record(z.string(), z.string()).default({}),
  /** Chart-specific notes shown under the chart, after the dataset's. */
  notes: z.array(z.string()).default([]),
});
export type ChartText = z.infer<typeof chartTextSchema>;
