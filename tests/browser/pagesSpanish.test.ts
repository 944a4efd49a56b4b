import { auditPages } from "../helpers/auditPages.ts";
import { pages } from "../helpers/site.ts";

// The Spanish edition's pages, audited as the English ones are (pages.test.ts).
auditPages(pages().filter((path) => path.startsWith("/es/")));
