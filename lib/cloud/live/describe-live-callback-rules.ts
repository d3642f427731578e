import "server-only";
import { cloudRead } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import type { CssCallbackRule } from "./css-types";

/** The account's CSS callback rules (DescribeLiveCallbackRules). */
export async function describeLiveCallbackRules(live: LiveClient = cloudClients().live): Promise<CssCallbackRule[]> {
  const response = await cloudRead("live:DescribeLiveCallbackRules", () => live.DescribeLiveCallbackRules());
  return (response.Rules ?? []).map((rule) => ({
    templateId: rule.TemplateId ?? null,
    domain: rule.DomainName ?? "",
    appName: rule.AppName ?? "",
  }));
}
