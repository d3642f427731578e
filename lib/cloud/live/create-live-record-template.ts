import "server-only";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";
import { cloudWrite } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import { toRecordTemplate } from "./record-template";

/** Creates a CSS record template for these settings (CreateLiveRecordTemplate); returns its id. */
export async function createLiveRecordTemplate(
  input: { name: string; settings: RecordingSettings },
  live: LiveClient = cloudClients().live,
): Promise<number> {
  const response = await cloudWrite("live:CreateLiveRecordTemplate", () =>
    live.CreateLiveRecordTemplate({ TemplateName: input.name, ...toRecordTemplate(input.settings) }),
  );
  if (response.TemplateId === undefined) throw new Error("CreateLiveRecordTemplate answered without a TemplateId");
  return response.TemplateId;
}
