import { z } from "zod";
import { parseDate } from "./parseDate.ts";
import { HTTP_ONLY_SOURCES } from "./httpOnlySources.ts";

/**
 * A date written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. YAML readers may hand over a bare year as a number and a full date
 * as a Date (frontmatter does), so both are taken back to text.
 */
export const partialDate = z.preprocess(
  (value) =>
    typeof value === "number" ? String(value) : value instanceof Date ? value.toISOString().slice(0, 10) : value,
  z
    .string({
      error: (issue) =>
        `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found ${issue.input === undefined ? "nothing" : JSON.stringify(issue.input)}`,
    })
    .refine((text) => parseDate(text) !== undefined, {
      error: (issue) => `expected a date written YYYY, YYYY-MM or YYYY-MM-DD, found "${String(issue.input)}"`,
    }),
);

/** Lower-case words joined by hyphens: ids that become URLs. */
export const kebabId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  error: (issue) => `expected a kebab-case id, found "${String(issue.input)}"`,
});

/** Why `text` is not a web address a reader can follow: undefined for `https:` (and `http:` when allowed). */
function addressProblem(text: string, allowHttp: boolean): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `expected an https:// address, found ${JSON.stringify(text)}, which is not a web address`;
  }
  if (url.protocol === "https:" || (url.protocol === "http:" && allowHttp))
    return url.hostname ? undefined : `expected an https:// address with a host, found ${JSON.stringify(text)}`;
  if (url.protocol === "http:")
    return `expected an https:// address, found ${JSON.stringify(text)} (plain http is allowed only for the sources listed in src/schemas/httpOnlySources.ts)`;
  return `expected an https:// address, found ${JSON.stringify(text)}, a ${url.protocol} address`;
}

/** A source document or data publisher that rows and events cite. */
export const sourceSchema = z
  .strictObject({
    /** Stable id cited by dataset rows, facts and events. */
    id: kebabId,
    /** Who published it. */
    publisher: z.string().min(1),
    /** Its title, in its own language. */
    title: z.string().min(1),
    /** Publication date: year, month or day. */
    date: partialDate,
    /** A public https address for it, when one is known (plain http only for the ids in src/schemas/httpOnlySources.ts). */
    url: z.string().optional(),
    /** What sort of publisher it is. */
    kind: z.enum(["advocacy", "government", "international", "news", "research", "law"]),
    /** BCP 47 language of the document. */
    language: z.string().regex(/^[a-z]{2}$/),
    /** Anything a reader should know about the copy used. */
    note: z.string().optional(),
    /**
     * Set when the link is not the publisher's own page: `copy` for another site's copy of the text (an agency report on
     * a local paper's site, a document on docslib.org, a law on a mirror), `aggregator` for a site that rewrites or
     * summarises other outlets' reporting. Omitted (the default) for the publisher's own page or when there is no link.
     */
    repost: z.enum(["copy", "aggregator"]).optional(),
  })
  .superRefine((source, context) => {
    const problem =
      source.url === undefined ? undefined : addressProblem(source.url, Object.hasOwn(HTTP_ONLY_SOURCES, source.id));
    if (problem) context.addIssue({ code: "custom", path: ["url"], message: problem });
  });
export type Source = z.infer<typeof sourceSchema>;
