import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import type { CssRuleTarget } from "./css-types";

/** Removes the callback rule of a push domain and stream path (DeleteLiveCallbackRule). */
export async function deleteLiveCallbackRule(
  input: CssRuleTarget,
  live: LiveClient = cloudClients().live,
): Promise<void> {
  await cloudWrite("live:DeleteLiveCallbackRule", () =>
    live.DeleteLiveCallbackRule({ DomainName: input.domain, AppName: input.appName }),
  );
}
