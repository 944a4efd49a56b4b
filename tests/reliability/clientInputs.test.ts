import { describe, expect, it } from "vitest";
import { browserSuite } from "../helpers/browserSuite.ts";

// Every script of src/client that reads the address or messages from other windows, fed what an attacker or a broken
// link would send: no uncaught error, nothing changed that should not be.
const site = browserSuite();

/** Addresses with bad percent-encoding, unknown values and junk, on every kind of page that runs a script reading them. */
const ADDRESSES = [
  "/embed/asylum-claims/?theme=%&childId=%E0%A4%A#?secret=%ZZ",
  "/embed/asylum-claims/?theme=javascript:alert(1)&childId=<b>#?secret=" + "a".repeat(5000),
  "/charts/asylum-claims/?view=%E0%A4%A#%",
  "/chapters/the-deal/?%%%#%E0%A4%A",
  "/search/?q=%E0%A4%A&type=%",
  "/search/?type=no-such-type&q=",
  "/?%#%",
  "/timeline/#%",
  "/timeline/?category=no-such-category&period=%#%E0%A4%A",
];

/** Messages no host or frame of ours sends: wrong types, malformed JSON, out-of-range heights, lookalikes. */
const MESSAGES: unknown[] = [
  null,
  undefined,
  0,
  "",
  [],
  {},
  "lti.frameResize{",
  JSON.stringify({ subject: "lti.frameResize", height: "12px" }),
  { subject: "lti.frameResize", height: -5 },
  { subject: "lti.frameResize", height: 1e12 },
  { subject: "lti.frameResize", height: Number.NaN },
  "pymxPYMxasylum-claimsxPYMxwidthxPYMx%",
  "safe-third-country:height?" + "x".repeat(100_000),
  { "datawrapper-height": { "asylum-claims": "<script>" } },
];

describe("client scripts tolerate malformed addresses and messages", () => {
  it.each(ADDRESSES.map((path) => [path.length > 80 ? `${path.slice(0, 77)}…` : path, path]))(
    "%s loads without a script error",
    async (_, path) => {
      const { page, errors } = await site.visit(path);
      await page.waitForTimeout(100);
      expect(errors).toEqual([]);
    },
  );

  it("the embed page ignores every malformed message without an error", async () => {
    const { page, errors } = await site.visit("/embed/asylum-claims/");
    await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, "*")), MESSAGES);
    await page.waitForTimeout(200);
    expect(errors).toEqual([]);
  });

  it("/embed.js ignores every malformed message from a chart frame: no error, no absurd height", async () => {
    const { page, errors } = await site.visit("/about/");
    await page.evaluate(() => {
      const frame = Object.assign(document.createElement("iframe"), { src: "/embed/asylum-claims/", title: "chart" });
      frame.style.height = "321px";
      document.body.append(frame);
      document.body.append(Object.assign(document.createElement("script"), { src: "/embed.js" }));
    });
    const frame = (await (await page.locator("iframe").elementHandle())!.contentFrame())!;
    await frame.waitForLoadState("load");
    await frame.evaluate((messages) => messages.forEach((m) => parent.postMessage(m, "*")), MESSAGES);
    await page.evaluate((messages) => messages.forEach((m) => window.postMessage(m, "*")), MESSAGES);
    await page.waitForTimeout(200);
    // The frame's own reports may resize it; a message with a height of -5 or 10¹² must not.
    const height = parseFloat(
      await page.evaluate(() => (document.querySelector("iframe") as HTMLIFrameElement).style.height),
    );
    expect(height).toBeGreaterThanOrEqual(50);
    expect(height).toBeLessThanOrEqual(20_000);
    expect(errors).toEqual([]);
  });
});
