import { z } from "zod";
import { kebabId } from "./source.ts";

/** content/pages/home.yaml: what the home page leads with, by id; its words are UI strings (home.*). */
export const homePageSchema = z.strictObject({
  /** The chart shown under the takeaways: a chart id from content/charts/<id>.yaml. */
  leadChart: kebabId,
  /** Timeline event ids for the teaser at the foot of the page, in the order shown; three to eight. */
  timeline: z
    .array(kebabId)
    .min(3, { error: "expected at least three event ids, found fewer" })
    .max(8, { error: "expected at most eight event ids, found more" }),
});
export type HomePage = z.infer<typeof homePageSchema>;
