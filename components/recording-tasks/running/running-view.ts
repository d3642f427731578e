import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { msg } from "@/lib/i18n/message";
import { LAYOUT_TEMPLATE_LABELS, type MixApi } from "@/lib/recording-tasks/layout/layout-apis";
import { canChangeLayout } from "@/lib/recording-tasks/status";

/**
 * What a running recording's card says of it: the words differ by API, the card does not. Every
 * text is a catalog message (`msg`, plain ids as they are), put into words by the card's `messageText`.
 */
export interface RunningView {
  api: MixApi;
  ariaLabel: string;
  testId: string;
  title: string;
  description: string;
  facts: Array<[string, string]>;
  stop: { title: string; description: string; confirmLabel: string; label: string } | null;
  /** The layout can be replaced: always a mix's, a task's only when it records mixed (a task's subscription always). */
  hasLayout: boolean;
  canChange: boolean;
  change: { region: string; heading: string; note: string | null; apply: string };
}

const running = (key: string, values?: Record<string, string | number>) => msg(`recordingTasks.running.${key}`, values);

function mixView(mix: Extract<RecordingTaskDto, { kind: "mcu_mix" }>): RunningView {
  const isRecorded = mix.recordId !== "";
  return {
    api: "mcu",
    ariaLabel: isRecorded
      ? running("mix.ariaRecorded", { recordId: mix.recordId })
      : running("mix.ariaRelayed", { streamId: mix.streamId }),
    testId: "running-mix",
    title: running(isRecorded ? "mix.titleRecorded" : "mix.titleRelayed"),
    description: running(isRecorded ? "mix.descriptionRecorded" : "mix.descriptionRelayed", {
      template: LAYOUT_TEMPLATE_LABELS[mix.layout.template],
      width: mix.output.width,
      height: mix.output.height,
      kbps: mix.output.videoBitrateKbps,
    }),
    facts: [
      [running("mix.recordId"), isRecorded ? mix.recordId : running("mix.noRecordId")],
      [running("mix.streamId"), mix.streamId],
    ],
    stop: {
      title: running(isRecorded ? "mix.stopTitleRecorded" : "mix.stopTitleRelayed"),
      description: isRecorded
        ? running("mix.stopDescriptionRecorded", { roomId: mix.roomId, recordId: mix.recordId })
        : running("mix.stopDescriptionRelayed", { roomId: mix.roomId, streamId: mix.streamId }),
      confirmLabel: running(isRecorded ? "mix.stopConfirmRecorded" : "mix.stopConfirmRelayed"),
      label: running(isRecorded ? "mix.stopLabelRecorded" : "mix.stopLabelRelayed"),
    },
    hasLayout: true,
    canChange: true,
    change: {
      region: running("mix.change"),
      heading: running("mix.change"),
      note: null,
      apply: running("mix.apply"),
    },
  };
}

function taskView(task: Extract<RecordingTaskDto, { kind: "cloud_task" }>): RunningView {
  const isMixed = task.recordMode === "mixed";
  const waiting = task.status === "starting" ? "yes" : "no";
  return {
    api: "task",
    ariaLabel: running("task.aria", { taskId: task.taskId ?? task.id }),
    testId: "running-task",
    title: running(isMixed ? "task.titleMixed" : "task.titleSingle"),
    description: isMixed
      ? running("task.descriptionMixed", {
          template: LAYOUT_TEMPLATE_LABELS[task.layout.template],
          width: task.output.width,
          height: task.output.height,
          waiting,
        })
      : running("task.descriptionSingle", { waiting }),
    facts: [
      [running("task.taskId"), task.taskId ?? "—"],
      [running("task.bot"), task.botUserId ?? "—"],
      // Describe is asked now and then only, to reconcile: the events are the live word.
      [running("task.lastDescribe"), task.cloudStatus ?? "—"],
      ...(task.userDefineRecordId
        ? ([[running("task.prefix"), task.userDefineRecordId]] as Array<[string, string]>)
        : []),
    ],
    stop:
      task.status === "stopping"
        ? null
        : {
            title: running("task.stopTitle"),
            description: running("task.stopDescription"),
            confirmLabel: running("task.stopConfirm"),
            label: running("task.stopLabel"),
          },
    hasLayout: isMixed,
    canChange: canChangeLayout(task.status),
    change: {
      region: running("task.change"),
      heading: running(isMixed ? "task.changeHeadingMixed" : "task.changeHeadingSingle"),
      note: running("task.changeNote"),
      apply: running("task.apply"),
    },
  };
}

export const runningViewOf = (recording: RecordingTaskDto): RunningView =>
  recording.kind === "mcu_mix" ? mixView(recording) : taskView(recording);
