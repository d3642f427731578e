import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import type { CssRuleTarget } from "./css-types";

/**
 * Binds a record template to a push domain and stream path (CreateLiveRecordRule); stream name ""
 * records every stream of the path. A domain CSS does not know fails with CLOUD_PUSH_DOMAIN_NOT_FOUND.
 */
export async function createLiveRecordRule(
  input: CssRuleTarget & { streamName: string; templateId: number },
  live: LiveClient = cloudClients().live,
): Promise<void> {
  await cloudWrite("live:CreateLiveRecordRule", () =>
    live.CreateLiveRecordRule({
      DomainName: input.domain,
      AppName: input.appName,
      StreamName: input.streamName,
      TemplateId: input.templateId,
    }),
  );
}
