import "server-only";
import { cloudWrite } from "../call";
import { cloudClients, type LiveClient } from "../clients";
import { toCallbackTemplateFields, type CallbackTemplateInput } from "./callback-template";

/** Creates the console's CSS callback template (CreateLiveCallbackTemplate); returns its id. */
export async function createLiveCallbackTemplate(
  input: CallbackTemplateInput,
  live: LiveClient = cloudClients().live,
): Promise<number> {
  const response = await cloudWrite("live:CreateLiveCallbackTemplate", () =>
    live.CreateLiveCallbackTemplate(toCallbackTemplateFields(input)),
  );
  if (response.TemplateId === undefined) throw new Error("CreateLiveCallbackTemplate answered without a TemplateId");
  return response.TemplateId;
}
