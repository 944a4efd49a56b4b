import { join } from "node:path";
import { build } from "esbuild";
import { projectRoot } from "../load/projectRoot.ts";

const bundles = new Map<string, Promise<string>>();

/**
 * Bundles a browser entry (a path from the project root) into one minified classic script. For the two scripts that
 * must not be modules: the embed page's (a sandboxed frame cannot load module scripts from the site) and the host
 * page's /embed.js (hosts paste a plain <script src>). Built once per build.
 */
export function bundleScript(entry: string): Promise<string> {
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = build({
      entryPoints: [join(projectRoot(), entry)],
      bundle: true,
      format: "iife",
      minify: true,
      target: "es2022",
      write: false,
      legalComments: "none",
      logLevel: "silent",
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(entry, bundle);
  }
  return bundle;
}
