import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import type { CssRuleTarget } from "./css-types";

/** Binds a callback template to a push domain and stream path (CreateLiveCallbackRule). */
export async function createLiveCallbackRule(
  input: CssRuleTarget & { templateId: number },
  live: LiveClient = cloudClients().live,
): Promise<void> {
  await cloudWrite("live:CreateLiveCallbackRule", () =>
    live.CreateLiveCallbackRule({ DomainName: input.domain, AppName: input.appName, TemplateId: input.templateId }),
  );
}
