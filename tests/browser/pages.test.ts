import { auditPages } from "../helpers/auditPages.ts";
import { pages } from "../helpers/site.ts";

// The English pages; pagesSpanish.test.ts audits the Spanish ones in parallel.
auditPages(pages().filter((path) => !path.startsWith("/es/")));
