import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import { splitUserIds, type Subscription } from "@/lib/schemas/task";
import { layoutForApi } from "./layout-apis";
import { toTaskSlots } from "./editor-output";
import { TASK_RENDER_MODE } from "./render-modes";
import { taskLayoutModeOf, type TaskLayoutRequest } from "@shared/layouts/task-layout-types";
import type { MixInput } from "@shared/layouts/types";

const PREFIX_MARK = ".*$";

/** What compute-task-layout takes for a form's layout (the preview); a template the API lacks draws as its grid. */
export function toTaskLayoutRequest(
  asGiven: RecordingLayout,
  canvas: { width: number; height: number },
): TaskLayoutRequest {
  const layout = layoutForApi(asGiven, "task");
  return {
    mode: taskLayoutModeOf(layout.template),
    canvas,
    ...(layout.mainUserId ? { mainUserId: layout.mainUserId, mainStreamType: layout.mainStreamType } : {}),
    mainRightAlign: layout.mainRightAlign,
    ...(layout.renderMode !== "default" ? { renderMode: TASK_RENDER_MODE[layout.renderMode] } : {}),
    pureAudioDisableLayout: layout.pureAudioDisableLayout,
    ...(layout.template === "custom" ? { slots: toTaskSlots(layout.slots) } : {}),
  };
}

function matches(entry: string, userId: string, present: ReadonlySet<string>): boolean {
  if (entry === userId) return true;
  if (!entry.endsWith(PREFIX_MARK) || present.has(entry)) return false;
  return userId.startsWith(entry.slice(0, -PREFIX_MARK.length));
}

function admits(list: Subscription["audio"], userId: string, present: ReadonlySet<string>): boolean {
  if (list.mode === "all") return true;
  const named = splitUserIds(list.userIds).some((entry) => matches(entry, userId, present));
  return list.mode === "allow" ? named : !named;
}

/**
 * The room's inputs as a task with this subscription sees them (reference §2.2: `.*$` is a prefix
 * unless someone is literally called that): users with neither audio nor video are left out, users
 * with audio only are audio-only inputs. The preview uses it; so does the per-hour estimate.
 */
export function subscribedInputs(inputs: MixInput[], subscription: Subscription): MixInput[] {
  const present = new Set(inputs.map((input) => input.userId));
  return inputs.flatMap((input) => {
    const audio = admits(subscription.audio, input.userId, present);
    const video = admits(subscription.video, input.userId, present) && input.hasVideo;
    if (!audio && !video) return [];
    return [{ ...input, hasVideo: video }];
  });
}
