import { afterAll } from "vitest";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const FIXTURE = new URL("../fixtures/content", import.meta.url).pathname;

// Every copy made by a test file is removed when that file's tests are done: tests leave no folders behind.
const made: string[] = [];
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of the valid fixture content with some files replaced, for one error case. Returns its folder. */
export function fixtureWith(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), "content-"));
  made.push(dir);
  cpSync(FIXTURE, dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}
