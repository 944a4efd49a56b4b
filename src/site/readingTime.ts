/** Minutes to read a text at `wordsPerMinute`, at least one. Markup and component tags are not counted as words. */
export function readingTime(text: string, wordsPerMinute = 220): number {
  const words = text
    .replace(/<[^>]*>/g, " ")
    .replace(/[#*_>`[\]()]/g, " ")
    .split(/\s+/)
    .filter(Boolean).length;
  return Math.max(1, Math.round(words / wordsPerMinute));
}
