import type { ChartModule } from "./chartModule.ts";
import { asylumClaims } from "./asylumClaims.ts";
import { claimsByNationality } from "./claimsByNationality.ts";
import { meridaFunding } from "./meridaFunding.ts";

/** Every chart module by id. A chart needs a module here and its words in content/charts/<id>.yaml. */
export const chartModules: ReadonlyMap<string, ChartModule> = new Map([asylumClaims, claimsByNationality, meridaFunding].map((m) => [m.id, m]));
