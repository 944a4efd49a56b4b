/** A share target: plain links, opened by the reader; no script, pixel or request from this site. */
export interface ShareLink {
  id: "x" | "bluesky" | "mastodon" | "facebook" | "whatsapp" | "email";
  href: string;
}

const enc = encodeURIComponent;

/**
 * Share links for a page: each service's own "compose" address with the text and the link filled in. Mastodon has no
 * single server, so its link goes to Share₂Fedi, an open-source page where the reader picks their own server.
 */
export function shareLinks(url: string, text: string): ShareLink[] {
  const both = `${text} ${url}`;
  return [
    { id: "x", href: `https://x.com/intent/post?text=${enc(text)}&url=${enc(url)}` },
    { id: "bluesky", href: `https://bsky.app/intent/compose?text=${enc(both)}` },
    { id: "mastodon", href: `https://s2f.kytta.dev/?text=${enc(both)}` },
    { id: "facebook", href: `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}` },
    { id: "whatsapp", href: `https://wa.me/?text=${enc(both)}` },
    { id: "email", href: `mailto:?subject=${enc(text)}&body=${enc(`${text}\n\n${url}`)}` },
  ];
}
