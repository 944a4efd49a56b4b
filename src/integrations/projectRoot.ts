import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT_ENV } from "../load/projectRoot.ts";

/**
 * Tells every stage where the project is (load/projectRoot.ts) from Astro's `root`, before content sync: bundled page
 * code no longer sits in src/, and the working directory may be another folder (`astro build --root <project>`).
 */
export function projectRoot(): AstroIntegration {
  return {
    name: "project-root",
    hooks: {
      "astro:config:setup": ({ config }) => {
        process.env[PROJECT_ROOT_ENV] = fileURLToPath(config.root).replace(/\/$/, "");
      },
    },
  };
}
