// Takes screenshots of built pages at 375 and 1280 px, light and dark, with and without JavaScript, for a person to
// look at. Not a test. Usage: [SITE_DIST=dist-x] node tests/screenshots.mjs [out-dir] [page-path ...]
import { mkdirSync } from "node:fs";
import { serve } from "./helpers/staticServer.mjs";
import { launch } from "./helpers/browser.mjs";

const [out = "test-results/screens", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["", "chapters/mexicos-asylum-system/"];
mkdirSync(out, { recursive: true });
const server = await serve(process.env.SITE_DIST ?? "dist");
const browser = await launch();
for (const width of [375, 1280]) {
  for (const scheme of ["light", "dark"]) {
    for (const js of [true, false]) {
      if (!js && scheme === "dark") continue;
      const context = await browser.newContext({
        viewport: { width, height: 900 },
        colorScheme: scheme,
        javaScriptEnabled: js,
      });
      const page = await context.newPage();
      for (const path of pages) {
        await page.goto(server.url + path);
        const name = `${path.replace(/\W+/g, "-") || "home"}-${width}-${scheme}${js ? "" : "-nojs"}.png`;
        await page.screenshot({ path: `${out}/${name}`, fullPage: true });
      }
      await context.close();
    }
  }
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
