import type { ActionHandler, ActionRegistry } from "../../core/action-registry";
import {
  createLiveCallbackTemplate,
  deleteLiveCallbackTemplate,
  describeLiveCallbackTemplate,
  describeLiveCallbackTemplates,
  modifyLiveCallbackTemplate,
} from "./handlers/callback-templates";
import {
  createLiveRecordTemplate,
  deleteLiveRecordTemplate,
  describeLiveRecordTemplate,
  describeLiveRecordTemplates,
  modifyLiveRecordTemplate,
} from "./handlers/record-templates";
import {
  createLiveCallbackRule,
  createLiveRecordRule,
  deleteLiveCallbackRule,
  deleteLiveRecordRule,
  describeLiveCallbackRules,
  describeLiveRecordRules,
} from "./handlers/rules";
import { describeLiveDomains } from "./handlers/domains";
import type { LiveModels } from "./live-models";
import type { CssConfig } from "./models/css-config";
import { LIVE_API_VERSION } from "./version";

/** Template actions need only the templates. */
const onTemplates =
  (handler: (css: CssConfig) => ActionHandler) =>
  ({ css }: LiveModels) =>
    handler(css);

/** The CSS (live) actions the local cloud implements: domains, recording and callback configuration. */
const LIVE_ACTIONS: Record<string, (models: LiveModels) => ActionHandler> = {
  DescribeLiveDomains: describeLiveDomains,
  CreateLiveRecordTemplate: onTemplates(createLiveRecordTemplate),
  ModifyLiveRecordTemplate: onTemplates(modifyLiveRecordTemplate),
  DescribeLiveRecordTemplates: onTemplates(describeLiveRecordTemplates),
  DescribeLiveRecordTemplate: onTemplates(describeLiveRecordTemplate),
  DeleteLiveRecordTemplate: onTemplates(deleteLiveRecordTemplate),
  CreateLiveRecordRule: createLiveRecordRule,
  DescribeLiveRecordRules: describeLiveRecordRules,
  DeleteLiveRecordRule: deleteLiveRecordRule,
  CreateLiveCallbackTemplate: onTemplates(createLiveCallbackTemplate),
  ModifyLiveCallbackTemplate: onTemplates(modifyLiveCallbackTemplate),
  DescribeLiveCallbackTemplates: onTemplates(describeLiveCallbackTemplates),
  DescribeLiveCallbackTemplate: onTemplates(describeLiveCallbackTemplate),
  DeleteLiveCallbackTemplate: onTemplates(deleteLiveCallbackTemplate),
  CreateLiveCallbackRule: createLiveCallbackRule,
  DescribeLiveCallbackRules: describeLiveCallbackRules,
  DeleteLiveCallbackRule: deleteLiveCallbackRule,
};

export function registerLiveActions(registry: ActionRegistry, models: LiveModels): void {
  for (const [action, handler] of Object.entries(LIVE_ACTIONS))
    registry.register(LIVE_API_VERSION, action, handler(models));
}
