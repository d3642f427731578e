import type { FieldValues, Resolver } from "react-hook-form";
import type * as z4 from "zod/v4/core";

/**
 * A react-hook-form resolver whose zod schema (and with it zod, about 30 kB gzip) is not part of
 * the page's first load: the import starts when the form first renders, once the page's own
 * scripts have run, so the page shows and hydrates without zod and a submit finds the schema
 * there (it waits for the download only if it comes first). The server action parses with the
 * same schema, so what is accepted does not change. `loadSchema` is a dynamic `import()` of a
 * `lib/schemas` module; the bundler and the module cache make repeated calls free.
 */
export function lazyZodResolver<Input extends FieldValues, Output>(
  loadSchema: () => Promise<z4.$ZodType<Output, Input>>,
): Resolver<Input, unknown, Output> {
  const resolver = Promise.all([loadSchema(), import("@hookform/resolvers/zod")]).then(([schema, { zodResolver }]) =>
    zodResolver(schema),
  );
  // A failed download is reported by the validation that awaits it, not as an unhandled rejection.
  resolver.catch(() => undefined);
  return async (values, context, options) => (await resolver)(values, context, options);
}
