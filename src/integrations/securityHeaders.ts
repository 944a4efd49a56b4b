import type { AstroIntegration } from "astro";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { headerRules, headersFile } from "./headerRules.ts";

/**
 * After the build (and after search has written its bundle), writes <dir>/_headers: the security headers, the CSP
 * with `frame-ancestors` everywhere but on embeds, long caching for hashed assets and open CORS on data, from the
 * built folders (src/integrations/headerRules.ts). Netlify and Cloudflare Pages read it; other hosts: README.
 */
export function securityHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "security-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const list = (folder: string) =>
          existsSync(join(root, folder))
            ? readdirSync(join(root, folder), { withFileTypes: true }).map((e) => ({
                name: e.name,
                dir: e.isDirectory(),
              }))
            : [];
        const rules = headerRules(list, base);
        writeFileSync(join(root, "_headers"), headersFile(rules));
        logger.info(`_headers: ${rules.length} rules`);
      },
    },
  };
}
