import { describe, expect, it } from "vitest";
import { shareLinks } from "../../src/site/shareLinks.ts";

describe("shareLinks(url, text)", () => {
  const url = "https://example.org/facts/a b/?x=1&y=2";
  const links = new Map(shareLinks(url, "75% said “no”").map((l) => [l.id, l.href]));

  it("offers X, Bluesky, Mastodon, Facebook, WhatsApp and email, in that order", () => {
    expect([...links.keys()]).toEqual(["x", "bluesky", "mastodon", "facebook", "whatsapp", "email"]);
  });
  it("fills each service's compose address with the text and the link, encoded", () => {
    expect(links.get("x")).toBe(
      `https://x.com/intent/post?text=${encodeURIComponent("75% said “no”")}&url=${encodeURIComponent(url)}`,
    );
    expect(new URL(links.get("bluesky")!).searchParams.get("text")).toBe(`75% said “no” ${url}`);
    expect(new URL(links.get("whatsapp")!).searchParams.get("text")).toBe(`75% said “no” ${url}`);
    expect(new URL(links.get("facebook")!).searchParams.get("u")).toBe(url);
    expect(links.get("email")).toBe(
      `mailto:?subject=${encodeURIComponent("75% said “no”")}&body=${encodeURIComponent(`75% said “no”\n\n${url}`)}`,
    );
  });
  it("uses only plain https links (and mailto): nothing runs on this site", () => {
    for (const [id, href] of links)
      expect(href, id).toMatch(id === "email" ? /^mailto:\?/ : /^https:\/\/[^/]+\/[^"<>\s]*$/);
  });
});
