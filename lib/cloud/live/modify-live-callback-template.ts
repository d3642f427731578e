import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import { toCallbackTemplateFields, type CallbackTemplateInput } from "./callback-template";

/** Rewrites the console's CSS callback template (ModifyLiveCallbackTemplate). */
export async function modifyLiveCallbackTemplate(
  input: CallbackTemplateInput & { id: number },
  live: LiveClient = cloudClients().live,
): Promise<void> {
  await cloudWrite("live:ModifyLiveCallbackTemplate", () =>
    live.ModifyLiveCallbackTemplate({ TemplateId: input.id, ...toCallbackTemplateFields(input) }),
  );
}
