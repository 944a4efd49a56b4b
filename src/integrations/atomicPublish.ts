import type { AstroIntegration } from "astro";
import { existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The integration's name; `astro:config:done` checks that it is the last one, so it runs after every post-build step. */
export const ATOMIC_PUBLISH = "atomic-publish";

/**
 * Where `astro build` writes before publishing: a sibling of the output folder (`dist` → `dist-staging`), so the final
 * move is a rename on one file system, and the name matches the `dist-*` that git ignores.
 */
export const stagingDir = (outDir: string): string => join(dirname(outDir), `${basename(outDir)}-staging`);

/**
 * Replaces `outDir` with `staging` by two renames: the old site is moved aside first, so `outDir` is always a whole
 * site (the old or the new one) except for the instant between the renames, then deleted.
 */
export function publish(staging: string, outDir: string): void {
  const previous = join(dirname(outDir), `${basename(outDir)}-previous`);
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(outDir)) renameSync(outDir, previous);
  renameSync(staging, outDir);
  rmSync(previous, { recursive: true, force: true });
}

/**
 * Atomic publishing: `astro build` writes the site into a staging folder and moves it into the configured `outDir`
 * (`dist/` or OUT_DIR) only in the last `astro:build:done` hook, after content sync, every page and every other
 * post-build step (share cards, sitemap, search index…) succeeded. A build that fails anywhere leaves the last good
 * site untouched (Astro empties its output folder when it starts, so building into `dist/` itself lost it). Must be
 * the last integration; `astro dev` and `astro preview` are left as they are.
 */
export function atomicPublish(): AstroIntegration {
  let outDir = "";
  let staging = "";
  return {
    name: ATOMIC_PUBLISH,
    hooks: {
      "astro:config:setup": ({ command, config, updateConfig }) => {
        if (command !== "build") return;
        outDir = fileURLToPath(config.outDir).replace(/\/$/, "");
        staging = stagingDir(outDir);
        rmSync(staging, { recursive: true, force: true }); // what a failed build left there is never published
        updateConfig({ outDir: pathToFileURL(`${staging}/`) });
      },
      "astro:config:done": ({ config }) => {
        const last = config.integrations.at(-1)?.name;
        if (last !== ATOMIC_PUBLISH) {
          throw new Error(
            `astro.config.mjs: expected "${ATOMIC_PUBLISH}" as the last integration (it publishes after every post-build step), found "${last}" after it`,
          );
        }
      },
      "astro:build:done": ({ dir, logger }) => {
        if (!staging || fileURLToPath(dir).replace(/\/$/, "") !== staging) return;
        publish(staging, outDir);
        logger.info(`published ${outDir}`);
      },
    },
  };
}
