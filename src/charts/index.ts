import type { ChartModule } from "./kit/chartModule.ts";
import { asylumClaims } from "./asylumClaims.ts";
import { claimsByNationality } from "./claimsByNationality.ts";
import { meridaFunding } from "./meridaFunding.ts";
import { routeMap } from "./routeMap.ts";
import { protectionFunnel } from "./protectionFunnel.ts";
import { removalsMexicoVsUs } from "./removalsMexicoVsUs.ts";
import { detentionSurvey } from "./detentionSurvey.ts";
import { safeThirdAgreements } from "./safeThirdAgreements.ts";
import { mexicoDetentions } from "./mexicoDetentions.ts";
import { thirdCountryReturnsToMexico } from "./thirdCountryReturnsToMexico.ts";

/** Every chart module by id. A chart needs a module here and its words in content/charts/<id>.yaml. */
export const chartModules: ReadonlyMap<string, ChartModule> = new Map(
  [
    asylumClaims,
    claimsByNationality,
    meridaFunding,
    routeMap,
    protectionFunnel,
    removalsMexicoVsUs,
    detentionSurvey,
    safeThirdAgreements,
    mexicoDetentions,
    thirdCountryReturnsToMexico,
  ].map((m) => [m.id, m]),
);
