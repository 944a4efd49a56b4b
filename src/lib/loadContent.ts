import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { readYaml, type YamlFile } from "./readYaml.ts";
import { loadDataset } from "./loadDataset.ts";
import { resolveFacts, type Fact } from "./resolveFacts.ts";
import { ContentError } from "./contentError.ts";
import { sourceSchema, type Source } from "../schemas/source.ts";
import { factSchema } from "../schemas/fact.ts";
import { chartTextSchema, type ChartText } from "../schemas/chart.ts";
import type { Dataset } from "../schemas/dataset.ts";

/** Everything under content/ except chapters (which Astro's MDX pipeline renders), validated and cross-checked. */
export interface Content {
  sources: Map<string, Source>;
  datasets: Map<string, Dataset>;
  facts: Map<string, Fact>;
  charts: Map<string, ChartText>;
}

/** Indexes a YAML list by id, failing on a repeated id. */
function byId<T extends { id: string }>({ data, lineOf }: YamlFile<T[]>, label: string): Map<string, T> {
  const map = new Map<string, T>();
  data.forEach((entry, i) => {
    if (map.has(entry.id)) throw new ContentError(label, lineOf([i, "id"]), `expected a unique id, found "${entry.id}" a second time`);
    map.set(entry.id, entry);
  });
  return map;
}

/** Reads and checks content/: sources, datasets (CSV and metadata), facts and chart texts. `label` prefixes paths in errors. */
export function loadContent(dir: string, label = "content"): Content {
  const sourcesLabel = `${label}/sources.yaml`;
  const sources = byId(readYaml(join(dir, "sources.yaml"), sourcesLabel, z.array(sourceSchema)), sourcesLabel);
  const sourceIds = new Set(sources.keys());
  const dataDir = join(dir, "datasets");
  const datasetIds = readdirSync(dataDir).filter((f) => f.endsWith(".csv")).map((f) => f.slice(0, -4)).sort();
  for (const id of datasetIds) {
    if (!existsSync(join(dataDir, `${id}.meta.yaml`))) throw new ContentError(`${label}/datasets/${id}.csv`, undefined, `expected a metadata file ${id}.meta.yaml beside it, found none`);
  }
  const datasets = new Map(datasetIds.map((id) => [id, loadDataset(dataDir, id, sourceIds, `${label}/datasets`)]));
  const factsLabel = `${label}/facts.yaml`;
  const factFile = readYaml(join(dir, "facts.yaml"), factsLabel, z.array(factSchema));
  const facts = resolveFacts(factFile.data, datasets, factsLabel, factFile.lineOf);
  const chartsLabel = `${label}/charts.yaml`;
  const chartFile = readYaml(join(dir, "charts.yaml"), chartsLabel, z.array(chartTextSchema));
  const charts = byId(chartFile, chartsLabel);
  chartFile.data.forEach((chart, i) => {
    if (!datasets.has(chart.dataset)) throw new ContentError(chartsLabel, chartFile.lineOf([i, "dataset"]), `field "dataset": expected a dataset id, found unknown dataset "${chart.dataset}"`);
  });
  return { sources, datasets, facts, charts };
}

let cached: Content | undefined;
/** The site's content, loaded once per build from ./content. */
export function siteContent(): Content {
  return (cached ??= loadContent(join(process.cwd(), "content")));
}
