// Multiplies a copy of the site's content for the scale bench: every chapter, timeline event, dataset, fact, source and
// chart is copied `times - 1` more times under generated ids (`<id>-x2` … `<id>-x<times>`), each copy's references
// renamed with it, so the copies form as many complete, cross-checked sites-worth of content side by side. Copied
// datasets get generated rows: their integer columns scaled per copy. Copied charts reuse today's chart modules,
// registered under the generated ids. Key facts, glossary, corrections and UI strings stay as they are.
import { readFileSync, readdirSync, writeFileSync, appendFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const yamlIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".yaml")) : []);
const idsOf = (file) => (parse(readFileSync(file, "utf8")) ?? []).map((entry) => entry.id);

/** Every id a copy renames, by kind, read from the content folder. */
export function contentIds(content) {
  const ids = {
    chapters: readdirSync(join(content, "chapters")).filter((f) => f.endsWith(".mdx")).map((f) => readFileSync(join(content, "chapters", f), "utf8").match(/^slug:\s*(\S+)/m)[1]),
    events: yamlIn(join(content, "timeline")).flatMap((f) => idsOf(join(content, "timeline", f))),
    datasets: readdirSync(join(content, "datasets")).filter((f) => f.endsWith(".csv")).map((f) => f.slice(0, -4)),
    facts: yamlIn(join(content, "facts")).flatMap((f) => idsOf(join(content, "facts", f))),
    sources: yamlIn(join(content, "sources")).flatMap((f) => idsOf(join(content, "sources", f))),
    charts: yamlIn(join(content, "charts")).map((f) => f.slice(0, -5)),
  };
  return ids;
}

/** Multiplies the content of the project at `root` (a copy) `times` over, in place. Returns the ids of the original. */
export function multiplyContent(root, times) {
  const content = join(root, "content");
  const ids = contentIds(content);
  const all = [...new Set(Object.values(ids).flat())].sort((a, b) => b.length - a.length);
  // An id is a whole kebab-case token: never part of a longer id, so "comar-2023" does not match inside "comar-2023-01".
  const token = new RegExp(`(?<![\\w-])(${all.map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})(?![\\w-])`, "g");
  const rename = (text, k) => text.replace(token, `$1-x${k}`);
  // Integer columns a fact selects rows by must keep their values; every other integer column is generated.
  const whereColumns = new Set(
    yamlIn(join(content, "facts")).flatMap((f) => (parse(readFileSync(join(content, "facts", f), "utf8")) ?? []).flatMap((fact) => Object.keys(fact.where ?? {}))),
  );

  for (let k = 2; k <= times; k++) {
    for (const folder of ["sources", "facts", "timeline", "charts"]) {
      for (const file of yamlIn(join(content, folder)).filter((f) => !/-x\d+\.yaml$/.test(f))) {
        let text = rename(readFileSync(join(content, folder, file), "utf8"), k);
        // The few plain-http sources are allowed by id (src/schemas/httpOnlySources.ts); their copies link over https.
        if (folder === "sources") text = text.replace(/^(\s*url:\s*)http:\/\//gm, "$1https://");
        writeFileSync(join(content, folder, `${file.slice(0, -5)}-x${k}.yaml`), text);
      }
    }
    for (const file of readdirSync(join(content, "chapters")).filter((f) => f.endsWith(".mdx") && !/-x\d+\.mdx$/.test(f))) {
      const text = rename(readFileSync(join(content, "chapters", file), "utf8"), k).replace(/^order:\s*(\d+)/m, (_, n) => `order: ${Number(n) + k * 100}`);
      writeFileSync(join(content, "chapters", `${file.slice(0, -4)}-x${k}.mdx`), text);
    }
    for (const id of ids.datasets) {
      const meta = readFileSync(join(content, "datasets", `${id}.meta.yaml`), "utf8");
      writeFileSync(join(content, "datasets", `${id}-x${k}.meta.yaml`), rename(meta, k));
      const integers = (parse(meta).columns ?? []).filter((c) => c.type === "integer" && !whereColumns.has(c.name)).map((c) => c.name);
      writeFileSync(join(content, "datasets", `${id}-x${k}.csv`), generateRows(rename(readFileSync(join(content, "datasets", `${id}.csv`), "utf8"), k), integers, 1 + k / 50));
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
  return [lines[0], ...lines.slice(1).map((line) => {
    const cells = splitCsvLine(line);
    for (const i of at) if (/^\d+$/.test(cells[i] ?? "")) cells[i] = String(Math.round(Number(cells[i]) * factor));
    return cells.join(",");
  })].join("\n");
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
