import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ApiError } from "../api-error";
import { fields } from "./fields";
import { parseParams } from "./parse-params";

const schema = z.strictObject({
  SdkAppId: fields.integer(),
  PageSize: fields.integerIn(1, 100).optional(),
  UserIds: z.array(fields.nonEmptyString(32)).max(10, "must list at most 10 users").optional(),
});

function failure(input: unknown): { code: string; message: string } {
  try {
    parseParams(schema, input);
  } catch (error) {
    if (error instanceof ApiError) return { code: error.code, message: error.message };
    throw error;
  }
  throw new Error("expected parseParams to fail");
}

describe("parseParams", () => {
  it("returns the typed parameters when they are valid", () => {
    expect(parseParams(schema, { SdkAppId: 1400000123, PageSize: 5 })).toEqual({ SdkAppId: 1400000123, PageSize: 5 });
  });

  it("answers MissingParameter naming the field", () => {
    expect(failure({})).toEqual({
      code: "MissingParameter",
      message: "The request is missing a required parameter `SdkAppId`.",
    });
  });

  it("answers InvalidParameter naming the field, what it must be and what it got", () => {
    expect(failure({ SdkAppId: "1400000123" })).toEqual({
      code: "InvalidParameter",
      message: 'Parameter `SdkAppId` must be an integer, got the string "1400000123".',
    });
    expect(failure({ SdkAppId: 1.5 }).message).toBe("Parameter `SdkAppId` must be an integer, got the number 1.5.");
    expect(failure({ SdkAppId: 1, UserIds: [7] }).message).toBe(
      "Parameter `UserIds.0` must be a string, got the number 7.",
    );
  });

  it("answers InvalidParameterValue with the allowed range", () => {
    expect(failure({ SdkAppId: 1, PageSize: 0 })).toEqual({
      code: "InvalidParameterValue",
      message: "Parameter `PageSize` must be an integer between 1 and 100 (got the number 0).",
    });
    expect(failure({ SdkAppId: 1, UserIds: Array.from({ length: 11 }, (_, index) => `u${index}`) }).message).toContain(
      "`UserIds` must list at most 10 users",
    );
  });

  it("answers UnknownParameter for fields the action does not have", () => {
    const error = failure({ SdkAppId: 1, Pagesize: 5 });
    expect(error.code).toBe("UnknownParameter");
    expect(error.message).toContain("`Pagesize`");
  });

  it("wants a JSON object", () => {
    expect(failure([1, 2]).code).toBe("InvalidParameter");
    expect(failure("text").code).toBe("InvalidParameter");
  });
});
