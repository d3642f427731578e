import { z } from "zod";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

type Wrapper =
  z.ZodOptional | z.ZodNullable | z.ZodDefault | z.ZodPrefault | z.ZodCatch | z.ZodReadonly | z.ZodNonOptional;

const isWrapper = (schema: z.ZodType): schema is Wrapper =>
  schema instanceof z.ZodOptional ||
  schema instanceof z.ZodNullable ||
  schema instanceof z.ZodDefault ||
  schema instanceof z.ZodPrefault ||
  schema instanceof z.ZodCatch ||
  schema instanceof z.ZodReadonly ||
  schema instanceof z.ZodNonOptional;

/** The schema the raw value meets: a preprocess pipes its function's output on, a transform its input. */
function inputSide(pipe: z.ZodPipe): z.ZodType {
  return pipe.in instanceof z.ZodTransform ? (pipe.out as z.ZodType) : (pipe.in as z.ZodType);
}

/**
 * The dotted paths of fields in `value` that `schema` does not name, at any depth (`layout.slots.0.label`).
 * zod's plain objects drop unknown keys silently; a server action is a public endpoint, so the
 * console refuses them instead, without making the shared schemas strict for the forms.
 * Loose objects (a catchall) take any key.
 */
export function unknownFieldPaths(schema: z.ZodType, value: unknown, path: readonly string[] = []): string[] {
  if (schema instanceof z.ZodObject) {
    const { catchall } = schema._zod.def;
    // A loose object takes any key; a strict one refuses unknown keys as zod would, but by name.
    if (!isPlainObject(value) || (catchall && !(catchall instanceof z.ZodNever))) return [];
    const shape: Record<string, z.ZodType> = schema.shape;
    return Object.entries(value).flatMap(([key, child]) => {
      // Own keys only: `constructor` or `toString` would otherwise find Object.prototype's.
      const field = Object.hasOwn(shape, key) ? shape[key] : undefined;
      return field ? unknownFieldPaths(field, child, [...path, key]) : [[...path, key].join(".")];
    });
  }
  if (schema instanceof z.ZodArray) {
    if (!Array.isArray(value)) return [];
    const element = schema.element as z.ZodType;
    return value.flatMap((item, index) => unknownFieldPaths(element, item, [...path, String(index)]));
  }
  if (isWrapper(schema)) return unknownFieldPaths(schema._zod.def.innerType as z.ZodType, value, path);
  if (schema instanceof z.ZodPipe) return unknownFieldPaths(inputSide(schema), value, path);
  if (schema instanceof z.ZodUnion) {
    const options = schema.options as readonly z.ZodType[];
    // An object no option takes is zod's to refuse; one that fits is checked as that option.
    const matching = options.find((option) => option.safeParse(value).success);
    return matching ? unknownFieldPaths(matching, value, path) : [];
  }
  return [];
}
