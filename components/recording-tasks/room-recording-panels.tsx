"use client";
import dynamic from "next/dynamic";
import { Skeleton } from "@/components/ui/skeleton";

/*
 * The room page's recording controls, as chunks of their own: the mix and task forms bring zod,
 * their schemas, the layout editor and the cost estimates, more than the rest of the page. They
 * still render on the server (next/dynamic keeps SSR), so the page's HTML is the same; their
 * script loads next to the page's instead of inside it, and a cloud-recording app's task panel
 * never loads on a legacy app's room.
 */

export const MixPanel = dynamic(
  () => import("@/components/recording-tasks/start/mix-panel").then((module) => module.MixPanel),
  {
    loading: () => <Skeleton className="h-40" aria-label="Loading the mixed recording" />,
  },
);

export const TaskPanel = dynamic(
  () => import("@/components/recording-tasks/start/task-panel").then((module) => module.TaskPanel),
  {
    loading: () => <Skeleton className="h-40" aria-label="Loading the cloud-recording tasks" />,
  },
);
