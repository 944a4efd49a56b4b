/**
 * An error in content or data that a person can act on: where it is, what was expected, what was found.
 * The message reads `content/datasets/x.csv:5: column "claims": expected an integer, found "14,6OO"`, with the line
 * where one is known, so editors and terminals can jump to it.
 */
export class ContentError extends Error {
  /** Path of the file, relative to the project. */
  readonly file: string;
  /** 1-based line, when known. */
  readonly line: number | undefined;
  /** What is wrong, with what was expected and what was found. */
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line ? `:${line}` : ""}: ${problem}`);
    this.name = "ContentError";
    this.file = file;
    this.line = line;
    this.problem = problem;
  }

  /** One error for several: the first's place, and every message, one per line. */
  static all(errors: ContentError[]): ContentError {
    const [first, ...rest] = errors;
    if (!first) throw new Error("ContentError.all: expected at least one error");
    if (!rest.length) return first;
    return new ContentError(first.file, first.line, [first.problem, ...rest.map((e) => e.message)].join("\n"));
  }
}

/** Quotes a found value for an error message, keeping it short. */
export function shown(value: unknown): string {
  const text = typeof value === "string" ? value : JSON.stringify(value);
  const short = text === undefined ? "nothing" : text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return typeof value === "string" ? `"${short}"` : short;
}
