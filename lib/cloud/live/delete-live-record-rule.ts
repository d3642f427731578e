import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import type { CssRuleTarget } from "./css-types";

/** Removes the record rule of a push domain, stream path and stream name (DeleteLiveRecordRule). */
export async function deleteLiveRecordRule(
  input: CssRuleTarget & { streamName: string },
  live: LiveClient = cloudClients().live,
): Promise<void> {
  await cloudWrite("live:DeleteLiveRecordRule", () =>
    live.DeleteLiveRecordRule({ DomainName: input.domain, AppName: input.appName, StreamName: input.streamName }),
  );
}
