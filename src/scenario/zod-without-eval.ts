import { z } from "zod";

/**
 * Zod compiles fast parsers with `new Function` when it may; under the page's CSP (no
 * 'unsafe-eval') its probe for that is reported as a violation. Imported first by every
 * browser entry, so no schema is used before this is set.
 */
z.config({ jitless: true });
