import "server-only";
import { cloudRead } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import type { CssRecordTemplate } from "./css-types";
import { fromRecordTemplate } from "./record-template";

/** The account's CSS record templates (DescribeLiveRecordTemplates). */
export async function describeLiveRecordTemplates(
  live: LiveClient = cloudClients().live,
): Promise<CssRecordTemplate[]> {
  const response = await cloudRead("live:DescribeLiveRecordTemplates", () => live.DescribeLiveRecordTemplates({}));
  return (response.Templates ?? []).map(fromRecordTemplate);
}
