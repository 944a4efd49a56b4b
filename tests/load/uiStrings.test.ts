import { afterAll, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT_ENV } from "../../src/load/projectRoot.ts";

// The site's translator reads content/ui/<lang>.json of the project when first asked, through the checked loader: a
// broken strings file stops the build naming that file and line, not as an unloadable Astro config (astro.config.mjs
// imports the translator through the share-card integration).
const project = mkdtempSync(join(tmpdir(), "ui-project-"));
afterAll(() => {
  delete process.env[PROJECT_ROOT_ENV];
  rmSync(project, { recursive: true, force: true });
});

describe("UI strings of the site (i18n/translations.ts)", () => {
  it("can be imported with a broken strings file, and names the file and line when a string is asked for", async () => {
    mkdirSync(join(project, "content/ui"), { recursive: true });
    writeFileSync(
      join(project, "content/ui/en.json"),
      '{\n  "site.title": "Safe Third Country?"\n  "site.dek": "A dek"\n}\n',
    );
    process.env[PROJECT_ROOT_ENV] = project;
    const { useTranslations } = await import("../../src/i18n/translations.ts");
    expect(() => useTranslations("en")).toThrow(
      "content/ui/en.json:3: column 3: this is not valid JSON: Expected ',' or '}' after property value",
    );
  });
});
