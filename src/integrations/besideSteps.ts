/**
 * Post-build work that runs beside the hooks after it. A step that only reads the built pages (the share cards: drawn
 * on worker threads) starts in its own astro:build:done hook and returns at once, so the steps listed after it
 * (sitemap, search index, headers) run while it draws. atomicPublish waits for every such step before it publishes,
 * and one that failed fails the build there, so a site is still published only whole.
 */
type Outcome = { ok: true } | { ok: false; error: unknown };

const running: Promise<Outcome>[] = [];

/** Lets `work` go on beside the next hooks; its failure is reported by finishBesideSteps, not lost. */
export function runBeside(work: Promise<unknown>): void {
  // Held as an outcome: a failure before publishing must not end the process as an unhandled rejection.
  running.push(
    work.then(
      () => ({ ok: true }),
      (error: unknown) => ({ ok: false, error }),
    ),
  );
}

/** Waits for every step started with runBeside; throws the first failure. */
export async function finishBesideSteps(): Promise<void> {
  const outcomes = await Promise.all(running.splice(0));
  const failed = outcomes.find((o) => !o.ok);
  if (failed && !failed.ok) throw failed.error;
}
