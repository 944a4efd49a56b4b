import { fileURLToPath } from "node:url";

/** The environment variable through which the build tells every stage where the project is (integrations/projectRoot.ts). */
export const PROJECT_ROOT_ENV = "SAFE_THIRD_COUNTRY_ROOT";

/**
 * The project's folder (the one holding content/, src/ and package.json), without a trailing slash. `astro build`
 * sets it from Astro's `root` (so `astro build --root <project>` started anywhere reads that project's content/);
 * outside a build (vitest, scripts) it is found from this module's own place in src/load/. Never process.cwd(): the
 * build may be started from another folder.
 */
export function projectRoot(): string {
  const configured = process.env[PROJECT_ROOT_ENV];
  if (configured) return configured.replace(/\/$/, "");
  const here = fileURLToPath(import.meta.url);
  const match = /^(.*)\/src\/load\/projectRoot\.[tj]s$/.exec(here);
  if (!match)
    throw new Error(
      `projectRoot(): ${PROJECT_ROOT_ENV} is not set and this module runs from ${here}, not from src/load/ (is the project-root integration missing from astro.config.mjs?)`,
    );
  return match[1]!;
}
