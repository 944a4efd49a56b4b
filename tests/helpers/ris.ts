/**
 * A small RIS reader after the format's specification (as reference managers import it): each line is a two-character
 * tag, two spaces, a hyphen and a space, then the value; a record starts with TY and ends with ER. Throws on any line
 * that is not a tag line, on a record not opened by TY or not closed by ER, and on text after the last ER.
 */
export function parseRis(text: string): Record<string, string[]>[] {
  const records: Record<string, string[]>[] = [];
  let current: Record<string, string[]> | undefined;
  text.split(/\r\n|\n/).forEach((line, i) => {
    if (line === "") return;
    const match = /^([A-Z][A-Z0-9])  - (.*)$/.exec(line);
    if (!match) throw new Error(`line ${i + 1}: expected "XX  - value", found ${JSON.stringify(line)}`);
    const [, tag, value] = match as unknown as [string, string, string];
    if (tag === "TY") {
      if (current) throw new Error(`line ${i + 1}: TY inside a record (no ER before it)`);
      current = { TY: [value] };
    } else if (!current) throw new Error(`line ${i + 1}: ${tag} before any TY`);
    else if (tag === "ER") {
      records.push(current);
      current = undefined;
    } else (current[tag] ??= []).push(value);
  });
  if (current) throw new Error("the last record has no ER");
  return records;
}
