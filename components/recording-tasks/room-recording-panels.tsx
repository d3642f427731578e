"use client";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/*
 * The room page's recording controls, as chunks of their own: the start forms bring zod, their
 * schemas, the layout editor and the cost estimates, more than the rest of the page. They still
 * render on the server (next/dynamic keeps SSR), so the page's HTML is the same; their script
 * loads next to the page's instead of inside it.
 */

// next/dynamic renders `loading` as a component, so it may use hooks.
function LoadingForms() {
  const t = useTranslations("recordingTasks.room");
  return <Skeleton className="h-40" aria-label={t("loadingForms")} />;
}

function LoadingRunning() {
  const t = useTranslations("recordingTasks.room");
  return <Skeleton className="h-40" aria-label={t("loadingRunning")} />;
}

export const StartRecording = dynamic(
  () => import("@/components/recording-tasks/start/start-recording").then((module) => module.StartRecording),
  { loading: LoadingForms },
);

export const RunningRecordingCard = dynamic(
  () =>
    import("@/components/recording-tasks/running/running-recording-card").then((module) => module.RunningRecordingCard),
  { loading: LoadingRunning },
);
