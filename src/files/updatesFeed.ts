import type { UpdatesModel } from "../site/updatesModel.ts";
import { escapeXml } from "../render/escapeXml.ts";

/** What the feed says about itself, in its language. */
export interface FeedWords {
  title: string;
  subtitle: string;
  /** The site, the feed's author. */
  author: string;
  /** The site's home page. */
  home: string;
  rights: string;
  /** The language tag (BCP 47). */
  lang: string;
}

/** A day as an RFC 3339 timestamp: Atom wants a time, and a day's change has none, so midnight UTC (deterministic). */
const stamp = (date: string) => `${date}T00:00:00Z`;

/**
 * `/updates.xml`: the updates as an Atom 1.0 feed (RFC 4287). The feed and each entry carry id, title and updated;
 * the feed links to itself (rel="self") and to /updates/; each entry links to the first thing it is about (and to
 * the rest as rel="related"). Ids are the /updates/ address and its anchors, which never change.
 */
export function atomFeed(model: UpdatesModel, words: FeedWords): string {
  const x = escapeXml;
  const entries = model.items.map((item) => {
    const [first, ...rest] = item.links;
    return [
      "  <entry>",
      `    <id>${x(`${model.pageUrl}#${item.id}`)}</id>`,
      `    <title>${x(item.title)}</title>`,
      `    <updated>${stamp(item.date)}</updated>`,
      `    <published>${stamp(item.date)}</published>`,
      `    <link rel="alternate" type="text/html" href="${x(first?.url ?? `${model.pageUrl}#${item.id}`)}"/>`,
      ...rest.map(
        (link) => `    <link rel="related" type="text/html" href="${x(link.url)}" title="${x(link.label)}"/>`,
      ),
      `    <category term="${x(item.kind)}" label="${x(item.kindLabel)}"/>`,
      `    <summary type="text">${x(item.summary)}</summary>`,
      "  </entry>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(words.lang)}">`,
    `  <id>${x(model.pageUrl)}</id>`,
    `  <title>${x(words.title)}</title>`,
    `  <subtitle>${x(words.subtitle)}</subtitle>`,
    `  <updated>${stamp(model.updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${x(model.feedUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${x(model.pageUrl)}"/>`,
    `  <author><name>${x(words.author)}</name><uri>${x(words.home)}</uri></author>`,
    `  <rights>${x(words.rights)}</rights>`,
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}
