import { ContentError, shown } from "./contentError.ts";
import type { Dataset, Row } from "../schemas/dataset.ts";
import type { FactFormat, FactSpec } from "../schemas/fact.ts";

/** A figure ready for prose: its value, how to print it, and where it comes from. */
export interface Fact {
  id: string;
  value: number;
  format: FactFormat;
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

/** Resolves every fact spec against the datasets; fails on an unknown dataset, column or fact, or a `where` that does not pick one row. */
export function resolveFacts(
  specs: FactSpec[],
  datasets: ReadonlyMap<string, Dataset>,
  label = "content/facts.yaml",
  lineOf: (path: (string | number)[]) => number | undefined = () => undefined,
): Map<string, Fact> {
  const facts = new Map<string, Fact>();
  const at = (i: number) => lineOf([i]);
  specs.forEach((spec, i) => {
    if (facts.has(spec.id)) throw new ContentError(label, at(i), `fact id "${spec.id}" is used twice: expected unique ids`);
    if ("derive" in spec) {
      const [a, b] = spec.from.map((id) => {
        const input = facts.get(id);
        if (!input) throw new ContentError(label, at(i), `fact "${spec.id}" derives from "${id}": expected a fact defined above it, found none`);
        return input;
      }) as [Fact, Fact];
      const sources = [...new Set([...a.sources, ...b.sources])];
      facts.set(spec.id, { id: spec.id, value: DERIVE[spec.derive](a.value, b.value), format: spec.format, sources, derived: { kind: spec.derive, from: spec.from } });
      return;
    }
    const dataset = datasets.get(spec.dataset);
    if (!dataset) throw new ContentError(label, at(i), `fact "${spec.id}": expected a dataset id, found unknown dataset "${spec.dataset}"`);
    const columns = dataset.columns.map((c) => c.name);
    for (const name of [spec.column, ...Object.keys(spec.where)]) {
      if (!columns.includes(name)) throw new ContentError(label, at(i), `fact "${spec.id}": expected a column of ${spec.dataset} (${columns.join(", ")}), found ${shown(name)}`);
    }
    const rows = dataset.rows.filter((row) => Object.entries(spec.where).every(([k, v]) => row[k] === v));
    if (rows.length !== 1) throw new ContentError(label, at(i), `fact "${spec.id}": expected "where" to pick exactly one row of ${spec.dataset}, found ${rows.length}`);
    const row = rows[0]!;
    const value = row[spec.column];
    if (typeof value !== "number") throw new ContentError(label, at(i), `fact "${spec.id}": expected a number in column "${spec.column}", found ${shown(value)}`);
    facts.set(spec.id, { id: spec.id, value, format: spec.format, sources: [row.source], cell: { dataset: spec.dataset, column: spec.column, row } });
  });
  return facts;
}
