// zod's core alone: the config is set before any schema module loads (the console's root
// providers import this), and pages with no form must not download zod for it.
import { config } from "zod/v4/core";

/**
 * zod 4 compiles object parsers with `new Function` when it may, and finds out by trying
 * `Function("")`, which the console's Content-Security-Policy refuses (no 'unsafe-eval') and the
 * browser reports as a violation. Parsing without generated code gives the same results.
 */
config({ jitless: true });
