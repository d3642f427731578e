import { z } from "zod";

/**
 * zod 4 compiles object parsers with `new Function` when it may, and finds out by trying
 * `Function("")`, which the console's Content-Security-Policy refuses (no 'unsafe-eval') and the
 * browser reports as a violation. Parsing without generated code gives the same results.
 */
z.config({ jitless: true });
