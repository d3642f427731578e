import "server-only";
import type { RecordingSettings } from "@/lib/schemas/recording-settings";
import { cloudWrite } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import { toRecordTemplate } from "./record-template";

/** Rewrites a CSS record template with these settings, every format included (ModifyLiveRecordTemplate). */
export async function modifyLiveRecordTemplate(
  input: { id: number; name: string; settings: RecordingSettings },
  live: LiveClient = cloudClients().live,
): Promise<void> {
  await cloudWrite("live:ModifyLiveRecordTemplate", () =>
    live.ModifyLiveRecordTemplate({
      TemplateId: input.id,
      TemplateName: input.name,
      ...toRecordTemplate(input.settings),
    }),
  );
}
