/**
 * Fills citation access dates with today's date, in the reader's own browser: <span data-access-date="long">
 * ("November 22, 2026", APA) or "iso" ("2026-11-22", BibTeX) becomes a <time datetime> of today. Without it the
 * bracketed placeholder stays (a span: a <time> must hold a date), with a note asking the reader to fill it in. The
 * build cannot know the day someone reads the page.
 */
const today = new Date();
const iso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, "0")}-${String(today.getDate()).padStart(2, "0")}`;
const long = new Intl.DateTimeFormat(document.documentElement.lang || "en", {
  year: "numeric",
  month: "long",
  day: "numeric",
}).format(today);

for (const el of document.querySelectorAll<HTMLElement>("[data-access-date]")) {
  const time = document.createElement("time");
  time.dateTime = iso;
  time.dataset.accessDate = el.dataset.accessDate;
  time.textContent = el.dataset.accessDate === "iso" ? iso : long;
  el.replaceWith(time);
}
for (const note of document.querySelectorAll<HTMLElement>("[data-access-note]")) note.hidden = true;

export {}; // a module, which client/enhance.ts imports when the page needs it
