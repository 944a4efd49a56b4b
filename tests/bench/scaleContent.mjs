// Multiplies a copy of the site's content for the scale bench: every chapter, timeline event, dataset, fact, source and
// chart is copied `times - 1` more times under generated ids (`<id>-x2` … `<id>-x<times>`), each copy's references
// renamed with it, so the copies form as many complete, cross-checked sites-worth of content side by side. Copied
// datasets get generated rows: their integer columns scaled per copy. Copied charts reuse today's chart modules,
// registered under the generated ids. Key facts, glossary, corrections and UI strings stay as they are.
import { appendFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/** A copy's file name: the generated suffix before the first dot, so "x.es.yaml" becomes "x-x2.es.yaml" beside "x-x2.yaml". */
const copyName = (file, k) => file.replace(/^[^.]*/, (base) => `${base}-x${k}`);
/** The files of a folder that are not copies. */
const originals = (dir) =>
  readdirSync(dir).filter((f) => !/^[^.]*-x\d+\./.test(f) && !statSync(join(dir, f)).isDirectory());
/** English YAML files of a folder (a translation is <name>.<lang>.yaml beside <name>.yaml). */
const englishYamlIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => /^[^.]+\.yaml$/.test(f)) : []);
const idsOf = (file) => (parse(readFileSync(file, "utf8")) ?? []).map((entry) => entry.id);

/** Every id a copy renames, by kind, read from the content folder. */
export function contentIds(content) {
  const ids = {
    chapters: readdirSync(join(content, "chapters"))
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => readFileSync(join(content, "chapters", f), "utf8").match(/^slug:\s*(\S+)/m)[1]),
    events: englishYamlIn(join(content, "timeline")).flatMap((f) => idsOf(join(content, "timeline", f))),
    datasets: readdirSync(join(content, "datasets"))
      .filter((f) => f.endsWith(".csv"))
      .map((f) => f.slice(0, -4)),
    facts: englishYamlIn(join(content, "facts")).flatMap((f) => idsOf(join(content, "facts", f))),
    sources: englishYamlIn(join(content, "sources")).flatMap((f) => idsOf(join(content, "sources", f))),
    charts: englishYamlIn(join(content, "charts")).map((f) => f.slice(0, -5)),
  };
  return ids;
}

/** Multiplies the content of the project at `root` (a copy) `times` over, in place. Returns the ids of the original. */
export function multiplyContent(root, times) {
  const content = join(root, "content");
  const ids = contentIds(content);
  const all = [...new Set(Object.values(ids).flat())].sort((a, b) => b.length - a.length);
  // An id is a whole kebab-case token: never part of a longer id, so "comar-2023" does not match inside "comar-2023-01".
  const token = new RegExp(
    `(?<![\\w-])(${all.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\w-])`,
    "g",
  );
  const rename = (text, k) => text.replace(token, `$1-x${k}`);
  // Integer columns a fact selects rows by must keep their values; every other integer column is generated.
  const whereColumns = new Set(
    englishYamlIn(join(content, "facts")).flatMap((f) =>
      (parse(readFileSync(join(content, "facts", f), "utf8")) ?? []).flatMap((fact) => Object.keys(fact.where ?? {})),
    ),
  );
  const integerColumns = (meta) =>
    (parse(readFileSync(meta, "utf8")).columns ?? [])
      .filter((c) => c.type === "integer" && !whereColumns.has(c.name))
      .map((c) => c.name);

  for (let k = 2; k <= times; k++) {
    for (const folder of ["sources", "facts", "timeline", "charts"]) {
      for (const file of originals(join(content, folder)).filter((f) => f.endsWith(".yaml"))) {
        let text = rename(readFileSync(join(content, folder, file), "utf8"), k);
        // The few plain-http sources are allowed by id (src/schemas/httpOnlySources.ts); their copies link over https.
        if (folder === "sources") text = text.replace(/^(\s*url:\s*)http:\/\//gm, "$1https://");
        writeFileSync(join(content, folder, copyName(file, k)), text);
      }
    }
    // Chapters, and their translations in content/chapters/<lang>/.
    const chapterDirs = [
      join(content, "chapters"),
      ...readdirSync(join(content, "chapters"), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(content, "chapters", d.name)),
    ];
    for (const dir of chapterDirs) {
      for (const file of originals(dir).filter((f) => f.endsWith(".mdx"))) {
        const text = rename(readFileSync(join(dir, file), "utf8"), k).replace(
          /^order:\s*(\d+)/m,
          (_, n) => `order: ${Number(n) + k * 100}`,
        );
        writeFileSync(join(dir, copyName(file, k)), text);
      }
    }
    // Datasets: the CSV with generated rows, its metadata and any translation of it (<id>.meta.<lang>.yaml).
    for (const id of ids.datasets) {
      for (const file of originals(join(content, "datasets")).filter((f) => f.startsWith(`${id}.`))) {
        const text = rename(readFileSync(join(content, "datasets", file), "utf8"), k);
        writeFileSync(
          join(content, "datasets", copyName(file, k)),
          file === `${id}.csv`
            ? generateRows(text, integerColumns(join(content, "datasets", `${id}.meta.yaml`)), 1 + k / 50)
            : text,
        );
      }
    }
  }

  // Today's chart modules, registered again under each copy's id.
  appendFileSync(
    join(root, "src/charts/index.ts"),
    `\n// Scale bench: every module again under its copies' ids.\nfor (const m of [...chartModules.values()]) for (let k = 2; k <= ${times}; k++) (chartModules as Map<string, typeof m>).set(\`\${m.id}-x\${k}\`, { ...m, id: \`\${m.id}-x\${k}\` });\n`,
  );
  return ids;
}

/** A CSV with the named integer columns multiplied by `factor` (rounded); quoting and every other cell left as written. */
function generateRows(csv, columns, factor) {
  const lines = csv.split("\n");
  const header = lines[0].split(",");
  const at = columns.map((c) => header.indexOf(c)).filter((i) => i >= 0);
  if (!at.length) return csv;
  return [
    lines[0],
    ...lines.slice(1).map((line) => {
      const cells = splitCsvLine(line);
      for (const i of at) if (/^\d+$/.test(cells[i] ?? "")) cells[i] = String(Math.round(Number(cells[i]) * factor));
      return cells.join(",");
    }),
  ].join("\n");
}

/** Splits one CSV line into its cells as written (quotes kept), so rejoining them gives the line back. */
function splitCsvLine(line) {
  const cells = [];
  let cell = "";
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    if (c === "," && !quoted) {
      cells.push(cell);
      cell = "";
    } else cell += c;
  }
  cells.push(cell);
  return cells;
}
