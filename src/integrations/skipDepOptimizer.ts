import type { AstroIntegration } from "astro";

/**
 * In `astro build`, turns off Vite's dependency pre-bundling. Astro's content sync starts a Vite dev server that
 * pre-bundles the dev toolbar's browser dependencies (aria-query, axobject-query), which a static build never loads:
 * a cold build spent seconds on it, and again whenever the lockfile or config changed. `astro dev` is left as it is.
 */
export function skipDepOptimizer(): AstroIntegration {
  return {
    name: "skip-dep-optimizer",
    hooks: {
      "astro:config:setup": ({ command, updateConfig }) => {
        if (command !== "build") return;
        updateConfig({
          vite: {
            plugins: [
              {
                name: "skip-dep-optimizer",
                enforce: "post",
                // Runs after Astro's own plugins have added their includes (top level and per environment): an empty
                // list with no discovery is "off" for Vite.
                config(config) {
                  config.optimizeDeps = { ...config.optimizeDeps, include: [], noDiscovery: true };
                },
                configEnvironment(_name, options) {
                  options.optimizeDeps = { ...options.optimizeDeps, include: [], noDiscovery: true };
                },
              },
            ],
          },
        });
      },
    },
  };
}
