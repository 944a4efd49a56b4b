import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FIXTURE = new URL("../fixtures/content", import.meta.url).pathname;

/** A fresh copy of the valid fixture content with some files replaced, for one error case. Returns its folder. */
export function fixtureWith(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}
