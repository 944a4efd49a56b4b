import type { ChartLanguage } from "./chartModule.ts";

/**
 * A chart's word by key from content/charts/<id>.yaml `words`, with its `{name}` placeholders filled. A missing key or a
 * placeholder without a value is a build error naming the file, so a translation cannot silently drop a word.
 */
export function word(lang: ChartLanguage, key: string, values: Record<string, string | number> = {}): string {
  const template = lang.words[key];
  if (template === undefined)
    throw new Error(`content/charts/${lang.chart}.yaml: expected a word "${key}" under \`words\`, found none`);
  return template.replace(/\{(\w[\w-]*)\}/g, (_, name: string) => {
    if (!(name in values))
      throw new Error(
        `content/charts/${lang.chart}.yaml: word "${key}" has a placeholder {${name}} the chart does not fill (it fills: ${Object.keys(values).join(", ") || "nothing"})`,
      );
    return String(values[name]);
  });
}
