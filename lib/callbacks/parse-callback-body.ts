import type { RefusalReason } from "./refusal-reason";
import { MAX_BODY_DEPTH, nestsDeeperThan } from "./storable";

export type ParsedCallbackBody =
  { ok: true; payload: Record<string, unknown> } | { ok: false; reason: RefusalReason; problem: string };

/** A JSON object (not an array, not null): the only shape a callback body may have. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * A callback body as the receiver and the verification tool read it: a JSON object, nesting no
 * deeper than Tencent's ever do. The depth is checked before anything walks the body, because
 * deduplication and storage recurse once per level.
 */
export function parseCallbackBody(text: string): ParsedCallbackBody {
  let payload: unknown;
  try {
    payload = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not-json", problem: "The body is not a JSON object." };
  }
  if (!isRecord(payload)) return { ok: false, reason: "not-json", problem: "The body is not a JSON object." };
  if (nestsDeeperThan(payload)) {
    return {
      ok: false,
      reason: "too-deep",
      problem: `The body nests deeper than ${MAX_BODY_DEPTH} levels; Tencent's callbacks nest four at most.`,
    };
  }
  return { ok: true, payload };
}
