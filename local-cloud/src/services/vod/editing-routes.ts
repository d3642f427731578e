import type { ActionRegistry } from "../../core/action-registry";
import { confirmEvents, describeTaskDetail, editMedia, pullEvents, type VodEditingModels } from "./handlers/editing";
import { VOD_API_VERSION } from "./version";

/** VOD's media editing: EditMedia, its task (DescribeTaskDetail) and its events (PullEvents, ConfirmEvents). */
export function registerVodEditingActions(registry: ActionRegistry, models: VodEditingModels): void {
  registry.register(VOD_API_VERSION, "EditMedia", editMedia(models));
  registry.register(VOD_API_VERSION, "DescribeTaskDetail", describeTaskDetail(models));
  registry.register(VOD_API_VERSION, "PullEvents", pullEvents(models));
  registry.register(VOD_API_VERSION, "ConfirmEvents", confirmEvents(models));
}
