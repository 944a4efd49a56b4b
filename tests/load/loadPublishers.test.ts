import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { hasOwnWords, translatedPublishers } from "../../src/load/loadPublishers.ts";

const dir = mkdtempSync(join(tmpdir(), "publishers-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
/** A publishers file with these lines, and where a build would name it. */
function file(lines: string[]) {
  const path = join(dir, `publishers-${Math.random().toString(36).slice(2)}.es.yaml`);
  writeFileSync(path, `${lines.join("\n")}\n`);
  return path;
}
const english = ["Reuters (via the Hindustan Times)", "US Customs and Border Protection (press release)", "Reuters"];

describe("translatedPublishers(path, file, english)", () => {
  it("gives each publisher written with this site's own words as the language writes it; names alone stay", () => {
    const path = file([
      '- publisher: "Reuters (via the Hindustan Times)"',
      '  text: "Reuters (vía Hindustan Times)"',
      '- publisher: "US Customs and Border Protection (press release)"',
      '  text: "US Customs and Border Protection (comunicado)"',
    ]);
    const map = translatedPublishers(path, "content/publishers.es.yaml", english);
    expect(map.get("Reuters (via the Hindustan Times)")).toBe("Reuters (vía Hindustan Times)");
    expect(map.has("Reuters")).toBe(false);
    expect([hasOwnWords("Reuters"), hasOwnWords("AP, via EFE"), hasOwnWords("WOLA (Washington)")]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it("stops the build on a publisher left in English, naming the file and every one missing", () => {
    const path = file(['- publisher: "Reuters (via the Hindustan Times)"', '  text: "Reuters (vía Hindustan Times)"']);
    expect(() => translatedPublishers(path, "content/publishers.es.yaml", english)).toThrow(
      /content\/publishers\.es\.yaml: .*found none for "US Customs and Border Protection \(press release\)"/,
    );
  });

  it("stops the build on a publisher no source names, or one given twice, with its line", () => {
    const unknown = file([
      '- publisher: "Reuters (via the Hindustan Times)"',
      '  text: "Reuters (vía Hindustan Times)"',
      '- publisher: "Reuters (via the Times)"',
      '  text: "Reuters (vía Times)"',
    ]);
    expect(() => translatedPublishers(unknown, "content/publishers.es.yaml", english)).toThrow(
      /content\/publishers\.es\.yaml:3: expected a publisher the sources name, found "Reuters \(via the Times\)"/,
    );
    const twice = file([
      '- publisher: "Reuters (via the Hindustan Times)"',
      '  text: "Reuters (vía Hindustan Times)"',
      '- publisher: "Reuters (via the Hindustan Times)"',
      '  text: "Reuters (vía el Hindustan Times)"',
    ]);
    expect(() => translatedPublishers(twice, "content/publishers.es.yaml", english)).toThrow(/:3: .*found .* again/);
  });
});
