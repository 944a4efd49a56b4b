/** `{fact-id}` tokens: how data-file prose (corrections, timeline events) quotes a figure without typing it. */
export const FACT_TOKEN = /\{([a-z0-9]+(?:-[a-z0-9]+)*)\}/g;

/** The fact ids a text quotes, in order. */
export const factTokensIn = (text: string | undefined): string[] =>
  [...(text ?? "").matchAll(FACT_TOKEN)].map((m) => m[1]!);
