import "server-only";
import { cloudRead } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import type { CssRecordRule } from "./css-types";

/** The account's CSS record rules (DescribeLiveRecordRules). */
export async function describeLiveRecordRules(live: LiveClient = cloudClients().live): Promise<CssRecordRule[]> {
  const response = await cloudRead("live:DescribeLiveRecordRules", () => live.DescribeLiveRecordRules());
  return (response.Rules ?? []).map((rule) => ({
    templateId: rule.TemplateId ?? null,
    domain: rule.DomainName ?? "",
    appName: rule.AppName ?? "",
    streamName: rule.StreamName ?? "",
  }));
}
