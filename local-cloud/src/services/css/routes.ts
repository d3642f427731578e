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
import type { CssConfig } from "./models/css-config";
import { LIVE_API_VERSION } from "./version";

/** The CSS (live) actions the local cloud implements: recording and callback configuration. */
const LIVE_ACTIONS: Record<string, (css: CssConfig) => ActionHandler> = {
  CreateLiveRecordTemplate: createLiveRecordTemplate,
  ModifyLiveRecordTemplate: modifyLiveRecordTemplate,
  DescribeLiveRecordTemplates: describeLiveRecordTemplates,
  DescribeLiveRecordTemplate: describeLiveRecordTemplate,
  DeleteLiveRecordTemplate: deleteLiveRecordTemplate,
  CreateLiveRecordRule: createLiveRecordRule,
  DescribeLiveRecordRules: describeLiveRecordRules,
  DeleteLiveRecordRule: deleteLiveRecordRule,
  CreateLiveCallbackTemplate: createLiveCallbackTemplate,
  ModifyLiveCallbackTemplate: modifyLiveCallbackTemplate,
  DescribeLiveCallbackTemplates: describeLiveCallbackTemplates,
  DescribeLiveCallbackTemplate: describeLiveCallbackTemplate,
  DeleteLiveCallbackTemplate: deleteLiveCallbackTemplate,
  CreateLiveCallbackRule: createLiveCallbackRule,
  DescribeLiveCallbackRules: describeLiveCallbackRules,
  DeleteLiveCallbackRule: deleteLiveCallbackRule,
};

export function registerLiveActions(registry: ActionRegistry, css: CssConfig): void {
  for (const [action, handler] of Object.entries(LIVE_ACTIONS))
    registry.register(LIVE_API_VERSION, action, handler(css));
}
