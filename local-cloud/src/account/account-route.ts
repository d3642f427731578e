import type { IncomingMessage, ServerResponse } from "node:http";
import { readBody } from "../core/http/read-body";
import { sendJson } from "../core/http/send-json";
import type { Account } from "./account";
import { AccountConfigError } from "./account-schema";

/** An account is a few hundred bytes; this only stops a runaway client. */
const MAX_ACCOUNT_BYTES = 1024 * 1024;

/**
 * `GET /_local/account` and `PUT /_local/account`: the stand-in for Tencent's console pages where an
 * account's facts are set (apps and their recording generation, BizId, VOD, services, CAM). PUT takes
 * the whole account, as GET returns it. PUT needs the control secret, checked before this runs
 * (core/http/control-plane.ts), like every change under `/_local/*`.
 */
export function createAccountRoute(account: () => Account | undefined) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const current = account();
    if (!current) return sendJson(response, 503, { error: "the local cloud is starting" });
    if (request.method === "GET") return sendJson(response, 200, current.current());
    if (request.method !== "PUT") return sendJson(response, 405, { error: "use GET or PUT" }, { Allow: "GET, PUT" });
    let body: unknown;
    try {
      body = JSON.parse((await readBody(request, MAX_ACCOUNT_BYTES)).toString("utf8"));
    } catch {
      return sendJson(response, 400, {
        error: "The body must be the whole account as JSON (see GET /_local/account).",
      });
    }
    try {
      sendJson(response, 200, await current.update(body));
    } catch (error) {
      if (!(error instanceof AccountConfigError)) throw error;
      sendJson(response, 400, { error: `Invalid account: ${error.message}`, problems: error.problems });
    }
  };
}
