import { createHash } from "node:crypto";
import type { Client as LiveClient } from "tencentcloud-sdk-nodejs/tencentcloud/services/live/v20180801/live_client";
import type { ReceivedCallback } from "./callback-receiver";

/** A CSS recording callback body (event 100 or 332) as the receiver got it. */
export type CssEvent = Record<string, unknown> & { event_type: number; t: number; sign: string };

/** The JSON bodies that arrived on `path`, in arrival order. */
export function cssEventsAt(received: readonly ReceivedCallback[], path: string): CssEvent[] {
  return received.filter((entry) => entry.path === path).map((entry) => JSON.parse(entry.body) as CssEvent);
}

/** CSS signs with `sign` = md5(CallbackKey + t), t being the expiry in Unix seconds (reference §4.3). */
export function isSignedWith(event: CssEvent, key: string): boolean {
  return (
    event.sign ===
    createHash("md5")
      .update(`${key}${String(event.t)}`)
      .digest("hex")
  );
}

/**
 * Points CSS's recording callbacks of `appName` on `domainName` at a receiver: event 100 to
 * `<receiver>/record`, event 332 to `<receiver>/status`, signed with `key` (a callback template
 * and its rule, through the live API as on a real account).
 */
export async function bindCssRecordCallbacks(
  live: LiveClient,
  options: { receiverUrl: string; domainName: string; appName: string; name: string; key: string },
): Promise<void> {
  const { TemplateId = 0 } = await live.CreateLiveCallbackTemplate({
    TemplateName: options.name,
    RecordNotifyUrl: new URL("/record", options.receiverUrl).href,
    RecordStatusNotifyUrl: new URL("/status", options.receiverUrl).href,
    CallbackKey: options.key,
  });
  await live.CreateLiveCallbackRule({ DomainName: options.domainName, AppName: options.appName, TemplateId });
}
