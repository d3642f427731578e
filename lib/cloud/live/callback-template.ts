import { CONSOLE_DESCRIPTION } from "./css-types";

/** What the console's CSS callback template holds: one URL for record files and record status. */
export interface CallbackTemplateInput {
  name: string;
  url: string;
  callbackKey: string;
}

export const toCallbackTemplateFields = (input: CallbackTemplateInput) => ({
  TemplateName: input.name,
  Description: CONSOLE_DESCRIPTION,
  RecordNotifyUrl: input.url,
  RecordStatusNotifyUrl: input.url,
  CallbackKey: input.callbackKey,
});
