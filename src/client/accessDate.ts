/**
 * Fills citation access dates with today's date, in the reader's own browser: <time data-access-date="long">
 * ("November 22, 2026", APA) or "iso" ("2026-11-22", BibTeX). Without it the bracketed placeholder stays, with a
 * note asking the reader to fill it in. The build cannot know the day someone reads the page.
 */
const today = new Date();
const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
const long = new Intl.DateTimeFormat(document.documentElement.lang || "en", { year: "numeric", month: "long", day: "numeric" }).format(today);

for (const el of document.querySelectorAll<HTMLElement>("[data-access-date]")) {
  el.textContent = el.dataset.accessDate === "iso" ? iso : long;
  if (el instanceof HTMLTimeElement) el.dateTime = iso;
}
for (const note of document.querySelectorAll<HTMLElement>("[data-access-note]")) note.hidden = true;
