"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { RecordingTasksTable } from "@/components/recording-tasks/list/recording-tasks-table";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { useMessageText } from "@/lib/i18n/use-message-text";
import type { RecordingSetup } from "@/lib/recording-tasks/recording-setup";
import { isActive } from "@/lib/recording-tasks/status";
import { recordingTasksQueryOptions } from "@/lib/queries/recording-tasks";
import type { MixInput } from "@shared/layouts/types";
import { RunningRecordingCard, StartRecording } from "./room-recording-panels";

/**
 * A room's recordings: those running now on top (each with its layout and stop), the one form to
 * start another, and the ones that ended. The list polls: recordings end by themselves.
 */
export function RoomRecordings({
  roomId,
  inputs,
  isRoomUnknown,
  setup,
}: {
  roomId: string;
  inputs: MixInput[];
  isRoomUnknown: boolean;
  setup: RecordingSetup;
}) {
  const t = useTranslations("recordingTasks.room");
  const messageText = useMessageText();
  const recordings = useQuery(recordingTasksQueryOptions(roomId));
  const all = recordings.data ?? [];
  const running = all.filter((recording) => isActive(recording.status));
  const finished = all.filter((recording) => !isActive(recording.status));

  return (
    <section aria-labelledby="room-recordings-heading" className="flex flex-col gap-4">
      <div className="flex items-baseline justify-between">
        <h2 id="room-recordings-heading" className="text-base font-semibold">
          {t("heading")}
        </h2>
        <Link href="/recordings/tasks" className="text-sm text-primary underline-offset-4 hover:underline">
          {t("everyRecording")}
        </Link>
      </div>
      {recordings.isPending ? (
        <Skeleton className="h-40" aria-label={t("loading")} />
      ) : recordings.isError ? (
        <Alert variant="destructive">{t("loadFailed", { error: messageText(recordings.error.message) })}</Alert>
      ) : (
        <>
          {running.length > 0 ? (
            <section aria-label={t("running")} className="flex flex-col gap-4">
              {running.map((recording) => (
                <RunningRecordingCard
                  key={recording.id}
                  recording={recording}
                  inputs={inputs}
                  canOperate={setup.canOperate}
                />
              ))}
            </section>
          ) : null}
          <StartRecording
            roomId={roomId}
            inputs={inputs}
            isRoomUnknown={isRoomUnknown}
            isMixRunning={running.some((recording) => recording.kind === "mcu_mix")}
            setup={setup}
          />
          {finished.length > 0 ? (
            <section aria-label={t("earlier")} className="flex flex-col gap-2">
              <h3 className="text-sm font-semibold">{t("earlier")}</h3>
              <RecordingTasksTable recordings={finished} showRoom={false} />
            </section>
          ) : null}
        </>
      )}
    </section>
  );
}
