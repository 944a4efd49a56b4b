import { readdirSync } from "node:fs";
import { join } from "node:path";
import { LineCounter, parseDocument, isNode } from "yaml";
import { z } from "zod";
import { ContentError } from "./contentError.ts";
import { readText } from "./readText.ts";

/** Validated YAML data, and the line each entry or field starts on, for later cross-reference errors. */
export interface YamlFile<T> {
  data: T;
  lineOf(path: (string | number)[]): number | undefined;
}

/**
 * Reads a YAML file and validates it against a zod schema.
 * A syntax error or a schema mismatch fails with the file, the line and the field, what was expected and what was found.
 */
export function readYaml<S extends z.ZodType>(path: string, label: string, schema: S): YamlFile<z.output<S>> {
  const lineCounter = new LineCounter();
  const text = readText(path, label);
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const [syntax] = doc.errors;
  if (syntax) {
    const { line } = lineCounter.linePos(syntax.pos[0]);
    throw new ContentError(
      label,
      line,
      `this is not valid YAML: ${tabIndent(text, line) ?? syntax.message.split("\n")[0]}`,
    );
  }
  const lineOf = (path: (string | number)[]): number | undefined => {
    const node = doc.getIn(path, true) ?? doc.getIn(path.slice(0, -1), true);
    return isNode(node) && node.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  const result = schema.safeParse(doc.toJS());
  if (result.success) return { data: result.data, lineOf };
  const [issue] = result.error.issues;
  const path_ = issue!.path.filter((p): p is string | number => typeof p !== "symbol");
  const field = fieldName(path_);
  throw new ContentError(label, lineOf(path_), `${field ? `field "${field}": ` : ""}${issue!.message}`);
}

/** Says so when a line of YAML is indented with a tab, which the parser reports as an unexpected token. */
function tabIndent(text: string, line: number): string | undefined {
  const indent = /^[ \t]*/.exec(text.split("\n")[line - 1] ?? "")![0];
  const tab = indent.indexOf("\t");
  return tab < 0
    ? undefined
    : `expected spaces to indent the line, found a tab at column ${tab + 1} (YAML indents with spaces only)`;
}

/** `[3, "date"]` → `date` of entry 4, written `[3].date`, the way a person finds it in the file. */
function fieldName(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i ? `.${p}` : p)).join("");
}

/** A YAML file of the English content: `x.yaml`, not a translation `x.<lang>.yaml` (read by load/loadTranslation.ts). */
export const isEnglishYaml = (name: string) => name.endsWith(".yaml") && !/\.[a-z]{2,3}\.yaml$/.test(name);

/** An entry of a YAML list with the file and line it was read from, for cross-reference errors. */
export interface Located<T> {
  value: T;
  file: string;
  line: number | undefined;
}

/**
 * Reads every `*.yaml` file of a folder, in name order. `list` files hold a list of entries (flattened, in order);
 * otherwise each file is one entry.
 */
export function readYamlDir<S extends z.ZodType>(
  dir: string,
  label: string,
  schema: S,
  shape: "list" | "one",
): Located<z.output<S>>[] {
  const files = readdirSync(dir).filter(isEnglishYaml).sort();
  return files.flatMap((name) => {
    const fileLabel = `${label}/${name}`;
    if (shape === "one") {
      const { data, lineOf } = readYaml(join(dir, name), fileLabel, schema);
      return [{ value: data, file: fileLabel, line: lineOf([]) }];
    }
    const { data, lineOf } = readYaml(join(dir, name), fileLabel, z.array(schema));
    return data.map((value, i) => ({ value, file: fileLabel, line: lineOf([i]) }));
  });
}
