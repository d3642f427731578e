import { describe, expect, it } from "vitest";
import { decodeMessage, isMessage, msg, renderMessage } from "./message";

const catalog: Record<string, string> = {
  "fields.maxFileLength": "Max file length",
  "errors.range": "{field} must be from {min} to {max}.",
};
const translate = (key: string, values: Record<string, string | number>) =>
  (catalog[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name]));

describe("messages made where the language is not known", () => {
  it("round-trips a key and its values", () => {
    const text = msg("errors.range", { field: "x", min: 1, max: 120 });
    expect(isMessage(text)).toBe(true);
    expect(decodeMessage(text)).toEqual({ key: "errors.range", values: { field: "x", min: 1, max: 120 } });
  });

  it("translates nested messages in values", () => {
    const text = msg("errors.range", { field: msg("fields.maxFileLength"), min: 1, max: 120 });
    expect(renderMessage(text, translate)).toBe("Max file length must be from 1 to 120.");
  });

  it("leaves plain text (a cloud's own error, user input) as it is", () => {
    expect(decodeMessage("InvalidParameter: bad room")).toBeNull();
    expect(renderMessage("InvalidParameter: bad room", translate)).toBe("InvalidParameter: bad room");
  });
});
