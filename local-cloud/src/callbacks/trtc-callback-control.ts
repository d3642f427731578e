import type { IncomingMessage, ServerResponse } from "node:http";
import { z } from "zod";
import { readBody } from "../core/http/read-body";
import { sendJson } from "../core/http/send-json";
import type { TrtcCallbackConfig } from "./trtc-callback-config";

const PATH = /^\/_local\/trtc-callbacks\/([1-9][0-9]{0,11})$/;

// The rules of TRTC console's callback form (trtc.io 39558): an http(s) URL, a key of at most 32
// letters and digits, or none.
const targetSchema = z
  .object({
    url: z
      .string()
      .max(1024)
      .refine((value) => /^https?:\/\/[^\s]+$/i.test(value), "url must be an http:// or https:// URL"),
    key: z
      .string()
      .regex(/^[A-Za-z0-9]{1,32}$/, "key must be 1 to 32 letters and digits")
      .nullable()
      .default(null),
  })
  .strict()
  .nullable()
  .default(null);

const settingsSchema = z.object({ roomAndMedia: targetSchema, recording: targetSchema }).strict();

/**
 * `/_local/trtc-callbacks/<SdkAppId>`: the stand-in for TRTC console's callback page, where a
 * real account sets the URLs and keys of its TRTC event callbacks (no public API sets them).
 * GET shows an app's settings with the keys masked; PUT replaces them. Answers false for other paths.
 */
export function createTrtcCallbackControl(options: {
  config: () => TrtcCallbackConfig | undefined;
  isKnownApp: (sdkAppId: number) => boolean;
}) {
  return async (request: IncomingMessage, response: ServerResponse, path: string): Promise<boolean> => {
    const sdkAppId = Number(PATH.exec(path)?.[1]);
    if (!sdkAppId) return false;
    const config = options.config();
    if (!config) {
      sendJson(response, 503, { error: "the local cloud is starting" });
      return true;
    }
    if (!options.isKnownApp(sdkAppId)) {
      sendJson(response, 404, { error: `the SdkAppId ${sdkAppId} does not exist in the local cloud` });
      return true;
    }
    if (request.method === "GET") {
      const settings = await config.settingsOf(sdkAppId);
      const masked = (target: (typeof settings)["recording"]) =>
        target ? { url: target.url, hasKey: target.key !== null } : null;
      sendJson(response, 200, { roomAndMedia: masked(settings.roomAndMedia), recording: masked(settings.recording) });
      return true;
    }
    if (request.method === "PUT") {
      let raw: unknown;
      try {
        raw = JSON.parse((await readBody(request, 64 * 1024)).toString("utf8"));
      } catch {
        sendJson(response, 400, {
          error: "the body must be JSON: {roomAndMedia: {url, key} | null, recording: {url, key} | null}",
        });
        return true;
      }
      const parsed = settingsSchema.safeParse(raw);
      if (!parsed.success) {
        sendJson(response, 400, {
          error: parsed.error.issues.map((issue) => `${issue.path.join(".") || "body"}: ${issue.message}`).join("; "),
        });
        return true;
      }
      await config.replace(sdkAppId, parsed.data);
      sendJson(response, 200, { ok: true });
      return true;
    }
    sendJson(response, 405, { error: "use GET or PUT" });
    return true;
  };
}
