import { ContentError, shown } from "./contentError.ts";
import type { Located } from "./readYaml.ts";
import type { Dataset, Row } from "../schemas/dataset.ts";
import type { CellFactSpec, FactFormat, FactSpec } from "../schemas/fact.ts";

/** A figure ready for prose: its value, how to print it, and where it comes from. */
export interface Fact {
  id: string;
  value: number;
  format: FactFormat;
  /** What the figure is, in a reader's words. */
  label: string;
  /** Source ids, in order of first use. */
  sources: string[];
  /** For a cell fact: the dataset and the row it was read from. */
  cell?: { dataset: string; column: string; row: Row };
  /** For a derived fact: how it was computed and from which facts. */
  derived?: { kind: keyof typeof DERIVE; from: [string, string] };
}

const DERIVE = {
  "percent-change": (a: number, b: number) => (b - a) / a,
  "percent-decline": (a: number, b: number) => (a - b) / a,
  ratio: (a: number, b: number) => b / a,
  per: (a: number, b: number) => a / b,
};

/**
 * Resolves every fact spec against the datasets, in any order (a derived fact may use facts from any file).
 * Fails on a repeated id, an unknown dataset, column or input fact, a cycle, or a `where` that does not pick one row.
 */
export function resolveFacts(specs: Located<FactSpec>[], datasets: ReadonlyMap<string, Dataset>): Map<string, Fact> {
  const byId = new Map<string, Located<FactSpec>>();
  for (const located of specs) {
    if (byId.has(located.value.id))
      throw new ContentError(
        located.file,
        located.line,
        `fact id "${located.value.id}" is used twice: expected unique ids`,
      );
    byId.set(located.value.id, located);
  }
  const facts = new Map<string, Fact>();
  const resolving = new Set<string>();
  const resolve = ({ value: spec, file, line }: Located<FactSpec>): Fact => {
    const done = facts.get(spec.id);
    if (done) return done;
    const fail = (problem: string) => new ContentError(file, line, `fact "${spec.id}": ${problem}`);
    let fact: Fact;
    if ("derive" in spec) {
      if (resolving.has(spec.id)) throw fail("expected inputs that do not lead back to this fact, found a cycle");
      resolving.add(spec.id);
      const [a, b] = spec.from.map((id) => {
        const input = byId.get(id);
        if (!input) throw fail(`derives from "${id}": expected a fact id, found none`);
        return resolve(input);
      }) as [Fact, Fact];
      const sources = [...new Set([...a.sources, ...b.sources])];
      fact = {
        id: spec.id,
        label: spec.label,
        value: DERIVE[spec.derive](a.value, b.value),
        format: spec.format,
        sources,
        derived: { kind: spec.derive, from: spec.from },
      };
    } else {
      fact = cellFact(spec, datasets, fail);
    }
    facts.set(spec.id, fact);
    return fact;
  };
  for (const located of specs) resolve(located);
  return facts;
}

/** Reads one cell fact from its dataset. */
function cellFact(
  spec: CellFactSpec,
  datasets: ReadonlyMap<string, Dataset>,
  fail: (problem: string) => ContentError,
): Fact {
  const dataset = datasets.get(spec.dataset);
  if (!dataset) throw fail(`expected a dataset id, found unknown dataset "${spec.dataset}"`);
  const columns = dataset.columns.map((c) => c.name);
  for (const name of [spec.column, ...Object.keys(spec.where)]) {
    if (!columns.includes(name))
      throw fail(`expected a column of ${spec.dataset} (${columns.join(", ")}), found ${shown(name)}`);
  }
  const rows = dataset.rows.filter((row) => Object.entries(spec.where).every(([k, v]) => row[k] === v));
  if (rows.length !== 1)
    throw fail(`expected "where" to pick exactly one row of ${spec.dataset}, found ${rows.length}`);
  const row = rows[0]!;
  const value = row[spec.column];
  if (typeof value !== "number") throw fail(`expected a number in column "${spec.column}", found ${shown(value)}`);
  return {
    id: spec.id,
    label: spec.label,
    value,
    format: spec.format,
    sources: [row.source],
    cell: { dataset: spec.dataset, column: spec.column, row },
  };
}
