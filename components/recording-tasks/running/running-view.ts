import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { LAYOUT_TEMPLATE_LABELS, type MixApi } from "@/lib/recording-tasks/layout/layout-apis";
import { canChangeLayout } from "@/lib/recording-tasks/status";

/** What a running recording's card says of it: the words differ by API, the card does not. */
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

function mixView(mix: Extract<RecordingTaskDto, { kind: "mcu_mix" }>): RunningView {
  const isRecorded = mix.recordId !== "";
  return {
    api: "mcu",
    ariaLabel: isRecorded ? `Mixed recording ${mix.recordId}` : `Mix ${mix.streamId}`,
    testId: "running-mix",
    title: isRecorded ? "Mixed recording" : "MCU mix (relay only)",
    description: `${LAYOUT_TEMPLATE_LABELS[mix.layout.template]} layout, ${mix.output.width}×${mix.output.height} at ${mix.output.videoBitrateKbps} kbps. ${
      isRecorded
        ? "A new layout keeps the record id and stream id, so the recording goes on in the same file."
        : "Relayed as a stream, not recorded."
    }`,
    facts: [
      ["Record id", isRecorded ? mix.recordId : "none (relayed only)"],
      ["Stream id", mix.streamId],
    ],
    stop: {
      title: isRecorded ? "Stop the mixed recording?" : "Stop the mix?",
      description: isRecorded
        ? `The mix of room ${mix.roomId} ends and its file ${mix.recordId}_… goes to VOD.`
        : `The mix of room ${mix.roomId} ends and its stream ${mix.streamId} stops.`,
      confirmLabel: isRecorded ? "Stop recording" : "Stop mix",
      label: isRecorded ? "Stop mixed recording" : "Stop mix",
    },
    hasLayout: true,
    canChange: true,
    change: { region: "Change the layout", heading: "Change the layout", note: null, apply: "Apply layout" },
  };
}

function taskView(task: Extract<RecordingTaskDto, { kind: "cloud_task" }>): RunningView {
  const isMixed = task.recordMode === "mixed";
  const waiting = task.status === "starting" ? " The recorder has joined and waits for a stream to pull." : "";
  return {
    api: "task",
    ariaLabel: `Cloud-recording task ${task.taskId ?? task.id}`,
    testId: "running-task",
    title: `${isMixed ? "Mixed" : "Single-stream"} recording task`,
    description: `${
      isMixed
        ? `${LAYOUT_TEMPLATE_LABELS[task.layout.template]} layout, ${task.output.width}×${task.output.height}.`
        : "A file per subscribed stream."
    }${waiting}`,
    facts: [
      ["Task id", task.taskId ?? "—"],
      ["Recorder bot", task.botUserId ?? "—"],
      // Describe is asked now and then only, to reconcile: the events are the live word.
      ["Last DescribeCloudRecording", task.cloudStatus ?? "—"],
      ...(task.userDefineRecordId ? ([["File-name prefix", task.userDefineRecordId]] as Array<[string, string]>) : []),
    ],
    stop:
      task.status === "stopping"
        ? null
        : {
            title: "Stop the recording task?",
            description: "The recorder leaves the room; what it recorded is uploaded to VOD.",
            confirmLabel: "Stop task",
            label: "Stop recording task",
          },
    hasLayout: isMixed,
    canChange: canChangeLayout(task.status),
    change: {
      region: "Change the task",
      heading: `Change ${isMixed ? "the layout and " : ""}who is recorded`,
      note: "ModifyCloudRecording replaces the whole layout and subscription with what is below.",
      apply: "Apply to the task",
    },
  };
}

export const runningViewOf = (recording: RecordingTaskDto): RunningView =>
  recording.kind === "mcu_mix" ? mixView(recording) : taskView(recording);
