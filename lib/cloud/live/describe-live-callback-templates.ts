import "server-only";
import { cloudRead } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import type { CssCallbackTemplate } from "./css-types";

/** The account's CSS callback templates (DescribeLiveCallbackTemplates); keys stay on the server. */
export async function describeLiveCallbackTemplates(
  live: LiveClient = cloudClients().live,
): Promise<CssCallbackTemplate[]> {
  const response = await cloudRead("live:DescribeLiveCallbackTemplates", () => live.DescribeLiveCallbackTemplates());
  return (response.Templates ?? []).map((template) => ({
    id: template.TemplateId ?? 0,
    name: template.TemplateName ?? "",
    recordNotifyUrl: template.RecordNotifyUrl ?? "",
    callbackKey: template.CallbackKey ?? "",
  }));
}
