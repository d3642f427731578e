"use client";
import { useTranslations } from "next-intl";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import { changeMixLayout } from "@/lib/actions/recording-tasks/change-mix-layout";
import { modifyTask } from "@/lib/actions/recording-tasks/modify-task";
import { stopMix } from "@/lib/actions/recording-tasks/stop-mix";
import { stopTask } from "@/lib/actions/recording-tasks/stop-task";
import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { LAYOUT_TEMPLATE_LABELS } from "@/lib/recording-tasks/layout/layout-apis";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { queryKeys } from "@/lib/queries/keys";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { Subscription } from "@/lib/schemas/task";

const invalidates = [queryKeys.recordingTasks.all()];

/**
 * A running recording's two verbs, whichever API it runs on: replace its layout (and a task's
 * subscription), and stop it. Each API has its own server action; the card does not need to know.
 */
export function useRecordingControls(recording: RecordingTaskDto) {
  const t = useTranslations("recordingTasks.controls");
  const messageText = useMessageText();
  const relayout = useActionMutation({
    action: changeMixLayout,
    invalidates,
    successMessage: (_, input) =>
      t("layoutChanged", { template: messageText(LAYOUT_TEMPLATE_LABELS[input.layout.template]) }),
  });
  const modify = useActionMutation({
    action: modifyTask,
    invalidates,
    successMessage: () => t("taskModified"),
  });
  const stopOfMix = useActionMutation({
    action: stopMix,
    invalidates,
    successMessage: () =>
      recording.kind === "mcu_mix" && recording.recordId !== ""
        ? t("mixRecordingStopped", { recordId: recording.recordId })
        : t("mixStopped", { streamId: recording.kind === "mcu_mix" ? recording.streamId : "" }),
  });
  const stopOfTask = useActionMutation({
    action: stopTask,
    invalidates,
    successMessage: () => t("taskStopping"),
  });
  const isMix = recording.kind === "mcu_mix";

  /** The field errors of a refused change, keyed as the action returns them (`layout.slots.0.x`). */
  async function apply(layout: RecordingLayout, subscription: Subscription | null) {
    const result =
      recording.kind === "mcu_mix"
        ? await relayout.mutateAsync({ recordingId: recording.id, layout })
        : await modify.mutateAsync({
            recordingId: recording.id,
            layout,
            subscription: subscription ?? recording.subscription,
          });
    return result.ok ? {} : (result.error.fieldErrors ?? {});
  }

  return {
    apply,
    isApplying: relayout.isPending || modify.isPending,
    stop: () => (isMix ? stopOfMix : stopOfTask).mutate({ recordingId: recording.id }),
    isStopping: stopOfMix.isPending || stopOfTask.isPending,
  };
}
