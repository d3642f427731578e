import { describe, expect, it } from "vitest";
import { z } from "zod";
import { updateApplicationSchema } from "@/lib/schemas/application";
import { startMixSchema } from "@/lib/schemas/mix";
import { changeOwnPasswordSchema } from "@/lib/schemas/user";
import { messageText } from "@/lib/i18n/message-text";
import type { ActionError } from "./result";
import { inputHazardError } from "./input-hazards";
import { nulCharacterPaths } from "./nul-characters";
import { unknownFieldPaths } from "./unknown-fields";

/** An action error in English words, as a viewer of the default language reads it. */
const inEnglish = (error: ActionError | null) =>
  error && {
    ...error,
    message: messageText(error.message),
    fieldErrors: Object.fromEntries(
      Object.entries(error.fieldErrors ?? {}).map(([field, messages]) => [field, messages.map((m) => messageText(m))]),
    ),
  };

const slot = { id: "a", userId: "bob", streamType: 0, x: 0, y: 0, width: 320, height: 180, zOrder: 0, fit: "crop" };

describe("unknownFieldPaths", () => {
  it("finds fields the schema does not name, at any depth, through wrappers and refinements", () => {
    const layout = { template: "custom", slots: [slot, { ...slot, id: "b", label: "x" }], small: null, extra: 1 };
    expect(unknownFieldPaths(startMixSchema, { roomId: "1", isAdmin: true, layout })).toEqual([
      "isAdmin",
      "layout.slots.1.label",
      "layout.extra",
    ]);
    expect(unknownFieldPaths(changeOwnPasswordSchema, { currentPassword: "a", role: "admin" })).toEqual(["role"]);
    expect(unknownFieldPaths(changeOwnPasswordSchema, { constructor: {}, toString: "x" })).toEqual([
      "constructor",
      "toString",
    ]);
  });

  it("looks through preprocessing, and lets optional fields be given empty", () => {
    const schema = z.object({ inner: z.preprocess((value) => value, z.object({ known: z.string() }).optional()) });
    expect(unknownFieldPaths(schema, { inner: { known: "x", other: 1 } })).toEqual(["inner.other"]);
    expect(unknownFieldPaths(updateApplicationSchema, { sdkAppId: 1, pushDomain: "", defaultVodSubAppId: "" })).toEqual(
      [],
    );
  });

  it("names a strict object's unknown fields too, leaves loose objects, and values that are no object", () => {
    expect(unknownFieldPaths(z.strictObject({ a: z.string() }), { b: 1 })).toEqual(["b"]);
    expect(unknownFieldPaths(z.looseObject({ a: z.string() }), { b: 1 })).toEqual([]);
    expect(unknownFieldPaths(startMixSchema, "text")).toEqual([]);
    expect(unknownFieldPaths(startMixSchema, [{ isAdmin: true }])).toEqual([]);
  });

  it("checks a union's object as the option it fits", () => {
    const schema = z.union([z.object({ kind: z.literal("a"), a: z.string() }), z.object({ kind: z.literal("b") })]);
    expect(unknownFieldPaths(schema, { kind: "a", a: "x" })).toEqual([]);
    expect(unknownFieldPaths(schema, { kind: "b", a: "x" })).toEqual(["a"]);
    expect(unknownFieldPaths(schema, { kind: "a", a: "x", c: 1 })).toEqual(["c"]);
  });
});

describe("nulCharacterPaths", () => {
  it("finds NUL in strings and keys at any depth", () => {
    expect(nulCharacterPaths({ name: "a\u0000b", list: ["ok", "\u0000"], deep: { ["k\u0000"]: 1 } })).toEqual([
      "name",
      "list.1",
      "deep",
    ]);
    expect(nulCharacterPaths("\u0000")).toEqual(["_form"]);
    expect(nulCharacterPaths({ name: "fine", count: 0, none: null })).toEqual([]);
  });
});

describe("inputHazardError", () => {
  it("names each field and what is wrong with it", () => {
    expect(inEnglish(inputHazardError(changeOwnPasswordSchema, { currentPassword: "a\u0000", role: "admin" }))).toEqual(
      {
        code: "VALIDATION",
        message: "Some values are not valid: unknown fields (role); NUL characters in currentPassword.",
        fieldErrors: {
          role: ["This action takes no such field."],
          currentPassword: ["Text may not contain NUL characters (U+0000)."],
        },
      },
    );
    expect(inputHazardError(changeOwnPasswordSchema, { currentPassword: "a" })).toBeNull();
  });

  it("names fields called like Object.prototype's members", () => {
    expect(
      inEnglish(inputHazardError(changeOwnPasswordSchema, { constructor: {}, toString: "\u0000" }))?.fieldErrors,
    ).toEqual({
      constructor: ["This action takes no such field."],
      toString: ["This action takes no such field.", "Text may not contain NUL characters (U+0000)."],
    });
  });
});
