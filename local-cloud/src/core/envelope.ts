import type { ApiError } from "./api-error";

export interface SuccessEnvelope {
  Response: Record<string, unknown> & { RequestId: string };
}

export interface ErrorEnvelope {
  Response: { Error: { Code: string; Message: string }; RequestId: string };
}

/** `{"Response": {...fields, "RequestId"}}`: the SDK resolves with the inner object unchanged (reference §1.5). */
export function successEnvelope(fields: object, requestId: string): SuccessEnvelope {
  return { Response: { ...fields, RequestId: requestId } };
}

export function errorEnvelope(error: ApiError, requestId: string): ErrorEnvelope {
  return { Response: { Error: { Code: error.code, Message: error.message }, RequestId: requestId } };
}
