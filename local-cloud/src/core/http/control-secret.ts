import { createHash, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/** The header every mutating `/_local/*` request carries the control secret in. */
export const CONTROL_SECRET_HEADER = "X-Local-Cloud-Control-Secret";

/** Shorter secrets are guessable; the generated ones are 64 hex digits. */
export const MIN_CONTROL_SECRET_LENGTH = 16;

/** Methods that only read: the control plane answers them without the secret. */
const READ_ONLY_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const isReadOnlyMethod = (method: string | undefined) => READ_ONLY_METHODS.has(method ?? "GET");

/** What is wrong with a secret set by hand (LOCAL_CLOUD_CONTROL_SECRET), or undefined when it will do. */
export function controlSecretProblem(secret: string): string | undefined {
  if (secret.length < MIN_CONTROL_SECRET_LENGTH) return `must be at least ${MIN_CONTROL_SECRET_LENGTH} characters`;
  if (!/^[\x21-\x7e]+$/.test(secret)) return "must be printable ASCII without spaces (it travels in an HTTP header)";
  return undefined;
}

const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();

export type ControlSecretVerdict = "ok" | "missing" | "wrong";

/**
 * Whether the request carries the control secret. Both sides are hashed first so that the
 * comparison takes the same time whatever the length or the first differing byte of a guess.
 */
export function checkControlSecret(request: IncomingMessage, expected: string): ControlSecretVerdict {
  const raw = request.headers[CONTROL_SECRET_HEADER.toLowerCase()];
  const given = Array.isArray(raw) ? raw[0] : raw;
  if (given === undefined || given === "") return "missing";
  return timingSafeEqual(digest(given), digest(expected)) ? "ok" : "wrong";
}
