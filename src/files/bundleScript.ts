import { join } from "node:path";
import { build } from "esbuild";
import { projectRoot } from "../load/projectRoot.ts";

/** How every browser bundle is built: minified for the browsers the site supports, kept in memory, quiet. */
const BROWSER_BUNDLE = {
  bundle: true,
  minify: true,
  target: "es2022",
  write: false,
  legalComments: "none",
  logLevel: "silent",
} as const;

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
      ...BROWSER_BUNDLE,
      entryPoints: [join(projectRoot(), entry)],
      format: "iife",
    }).then((result) => result.outputFiles[0]!.text);
    bundles.set(entry, bundle);
  }
  return bundle;
}

/** A bundle of module files: each file's name (content-hashed) and code, and the name of the entry's own file. */
export interface ModuleBundle {
  entry: string;
  files: { name: string; code: string }[];
}

const moduleBundles = new Map<string, Promise<ModuleBundle>>();

/**
 * Bundles a browser entry into minified ES modules split at its dynamic imports, each file named by a hash of its
 * content, so a page downloads only the parts it imports and a changed file never meets a stale cache. For the
 * pages' script (src/client/enhance.ts, served under /js/). Built once per build; rebuilt on every call in `astro
 * dev`, so an edit shows on reload.
 */
export function bundleModules(entry: string): Promise<ModuleBundle> {
  let bundle = import.meta.env.DEV ? undefined : moduleBundles.get(entry);
  if (!bundle) {
    bundle = build({
      ...BROWSER_BUNDLE,
      entryPoints: [join(projectRoot(), entry)],
      splitting: true,
      format: "esm",
      outdir: "/out",
      entryNames: "[name].[hash]",
      chunkNames: "[name].[hash]",
      metafile: true,
    }).then(({ outputFiles, metafile }) => {
      const name = (path: string) => path.slice(path.lastIndexOf("/") + 1);
      const [entryFile] = Object.entries(metafile.outputs).find(([, output]) => output.entryPoint)!;
      return { entry: name(entryFile), files: outputFiles.map((file) => ({ name: name(file.path), code: file.text })) };
    });
    moduleBundles.set(entry, bundle);
  }
  return bundle;
}
