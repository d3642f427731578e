import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { ActionRegistry } from "../action-registry";
import { ApiError, commonErrors } from "../api-error";
import { errorEnvelope, successEnvelope } from "../envelope";
import type { RequestGate } from "../gate/request-gate";
import type { Logger } from "../logger";
import { verifyTc3 } from "../tc3/verify-tc3";
import { readBody } from "./read-body";
import { sendJson } from "./send-json";

export interface ApiEndpointOptions {
  registry: ActionRegistry;
  lookupSecretKey: (secretId: string) => string | undefined;
  logger: Logger;
  /** Rate limits, CAM and service states of the account (core/gate); none: every call is let through. */
  gate?: RequestGate;
}

function header(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
}

function parseJson(body: Buffer): unknown {
  if (body.length === 0) return {};
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw commonErrors.invalidParameter("The request body is not valid JSON.");
  }
}

/**
 * The Tencent Cloud API endpoint: POST with a TC3-signed JSON body, dispatched on
 * (`X-TC-Version`, `X-TC-Action`). Like Tencent it always answers HTTP 200 with a `Response`
 * envelope, errors included (reference §1.5). A call passes the signature check, then the account's
 * gate (rate limit, CAM, service state), and only then does its handler check the parameters.
 */
export function createApiEndpoint(options: ApiEndpointOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const requestId = randomUUID();
    const traceId = header(request, "x-tc-traceid");
    const action = header(request, "x-tc-action");
    try {
      if (request.method === "GET") {
        throw new ApiError(
          "UnsupportedOperation",
          "The local cloud answers API calls sent by POST with a JSON body (the SDK's default reqMethod), not GET.",
        );
      }
      if (request.method !== "POST") {
        throw new ApiError("UnsupportedProtocol", `HTTP method ${request.method ?? ""} is not supported; use POST.`);
      }
      const body = await readBody(request);
      const identity = verifyTc3(
        { method: request.method, url: request.url ?? "/", headers: request.headers, body },
        options.lookupSecretKey,
      );
      if (!action) throw commonErrors.missingParameter("X-TC-Action");
      const version = header(request, "x-tc-version");
      if (!version) throw commonErrors.missingParameter("X-TC-Version");
      const handler = options.registry.resolve(version, action);
      const params = parseJson(body);
      await options.gate?.admit({ version, action, secretId: identity.secretId, params, requestId });
      const fields = await handler(params, {
        requestId,
        region: header(request, "x-tc-region"),
        secretId: identity.secretId,
      });
      sendJson(response, 200, successEnvelope(fields, requestId), traceId ? { "X-TC-TraceId": traceId } : {});
    } catch (error) {
      const apiError =
        error instanceof ApiError
          ? error
          : commonErrors.internalError("The local cloud failed to handle the request; see its log.");
      if (!(error instanceof ApiError)) {
        options.logger.error(
          `${action ?? "request"} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
      } else {
        options.logger.debug(`${action ?? "request"} answered ${apiError.code}: ${apiError.message}`);
      }
      sendJson(response, 200, errorEnvelope(apiError, requestId), traceId ? { "X-TC-TraceId": traceId } : {});
    }
  };
}
