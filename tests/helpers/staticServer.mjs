// A tiny static file server for the built site, for browser tests and screenshots. Loopback only.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".json": "application/json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * The rules of a _headers file (Netlify, Cloudflare Pages): [{ pattern, headers }], `*` in a path matching anything.
 * Exported for tests of the file itself.
 * @param {string} text
 * @returns {{ path: string, pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeaders(text) {
  /** @type {{ path: string, pattern: RegExp, headers: [string, string][] }[]} */
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const escaped = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, "\\$&")
        .replace(/\*/g, ".*");
      rules.push({ path: line.trim(), pattern: new RegExp(`^${escaped}$`), headers: [] });
    } else {
      const at = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers for a request path under `rules`, as those hosts send them: every matching rule's, values of one name joined with ", ".
 * @param {{ pattern: RegExp, headers: [string, string][] }[]} rules
 * @param {string} path
 * @returns {Record<string, string>}
 */
export function headersFor(rules, path) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

/**
 * Serves `root` at `base` (e.g. "/" or "/some/path/") on 127.0.0.1 and a free port.
 * Resolves to { url, close, requests }: `requests` lists every path asked for, so tests can check what a page loads.
 * Responses carry the headers of the build's _headers file, as Netlify and Cloudflare Pages send them, so every browser
 * test runs under the header policy; `{ headers: false }` serves without them (a host that sets none). Text is sent
 * gzipped to a browser that accepts it, as every static host sends it (`{ compress: false }` sends it as stored), so a
 * Lighthouse run times the bytes a reader downloads.
 */
export async function serve(root, base = "/", { headers = true, compress = true } = {}) {
  const requests = [];
  const headerFile = join(root, "_headers");
  const rules = headers && existsSync(headerFile) ? parseHeaders(readFileSync(headerFile, "utf8")) : [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    if (!path.startsWith(base)) return void res.writeHead(404).end("not found");
    let file = normalize(join(root, path.slice(base.length)));
    if (!file.startsWith(normalize(root))) return void res.writeHead(403).end();
    try {
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      const gzip =
        compress &&
        /^(text\/|application\/(json|xml)|image\/svg)/.test(type) &&
        /\bgzip\b/.test(req.headers["accept-encoding"] ?? "");
      res
        .writeHead(200, {
          ...headersFor(rules, path),
          "content-type": type,
          ...(gzip ? { "content-encoding": "gzip", vary: "Accept-Encoding" } : {}),
        })
        .end(gzip ? gzipSync(body) : body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, requests, close: () => new Promise((r) => server.close(r)) };
}
