/**
 * The only sources whose `url` may be plain `http:`, each with why: every other source links over https (a reader's
 * connection to a source should not be readable or rewritable on the way). Add an id here only when no https copy of
 * the document exists anywhere, say so in the source's `note`, and replace the entry when one is found.
 */
export const HTTP_ONLY_SOURCES: Readonly<Record<string, string>> = {
  "cic-2004-12-29-stca-in-force": "a law firm's copy of a 2004 Canadian release; the copy is served over http only",
  "reuters-es-2025-04-29-deportados": "a mirror of the Reuters wire text at a bare IP address, served over http only",
  "us-embassy-mexico-2009-06-25":
    "the embassy's former domain, usembassy-mexico.gov, which never served https; to be replaced by an https copy",
};
