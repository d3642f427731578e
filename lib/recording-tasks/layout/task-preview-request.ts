import { splitUserIds, type Subscription, type TaskLayout } from "@/lib/schemas/task";
import { toTaskSlots } from "./editor-output";
import { TASK_RENDER_MODE } from "./render-modes";
import { TASK_LAYOUT_MODES, type TaskLayoutRequest } from "@shared/layouts/task-layout-types";
import type { MixInput } from "@shared/layouts/types";

const PREFIX_MARK = ".*$";

/** What compute-task-layout takes for a form's layout (the preview). */
export function toTaskLayoutRequest(layout: TaskLayout, canvas: { width: number; height: number }): TaskLayoutRequest {
  return {
    mode: TASK_LAYOUT_MODES[layout.mode],
    canvas,
    ...(layout.mainUserId ? { mainUserId: layout.mainUserId, mainStreamType: layout.mainStreamType } : {}),
    mainRightAlign: layout.mainRightAlign,
    ...(layout.renderMode !== "default" ? { renderMode: TASK_RENDER_MODE[layout.renderMode] } : {}),
    pureAudioDisableLayout: layout.pureAudioDisableLayout,
    ...(layout.mode === "custom" ? { slots: toTaskSlots(layout.slots) } : {}),
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
