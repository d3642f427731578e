import { z } from "zod";

/** "仅支持中文、英文、数字、_、-": the character set CSS documents for template names and descriptions. */
const CSS_TEXT = /^[\p{Script=Han}A-Za-z0-9_-]*$/u;
const CSS_TEXT_RULE = "may contain only Chinese characters, English letters, digits, `_` and `-`";

const withinBytes = (maxBytes: number) => (value: string) => Buffer.byteLength(value, "utf8") <= maxBytes;

/**
 * A template name or description as CSS takes it (CreateLiveCallbackTemplateRequest in the SDK:
 * TemplateName "长度上限：255字节", Description "长度上限：1024字节", both "仅支持中文、英文、数字、_、-").
 * Lengths are UTF-8 bytes, so a Chinese character counts three.
 */
export const cssText = (maxBytes: number) =>
  z
    .string()
    .regex(CSS_TEXT, CSS_TEXT_RULE)
    .refine(withinBytes(maxBytes), `must have at most ${maxBytes} bytes (UTF-8; a Chinese character is 3)`);

/** A template name: non-empty CSS text. */
export const cssTemplateName = (maxBytes: number) => cssText(maxBytes).min(1, "must not be empty");
