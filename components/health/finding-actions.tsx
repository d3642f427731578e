"use client";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { reconcileNow } from "@/lib/actions/health-reconcile/reconcile-now";
import { repairFinding } from "@/lib/actions/health-reconcile/repair-finding";
import type { RepairAction } from "@/lib/health/reconcile/finding-kinds";

const LABELS: Record<Exclude<RepairAction, "none">, string> = {
  acknowledge: "Acknowledge",
  stop_recording: "Stop the recording",
};

/** A finding's one repair, as a button (operators and admins; the action checks the role again). */
export function RepairButton({ findingId, repair }: { findingId: number; repair: RepairAction }) {
  const toast = useToast();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  if (repair === "none") return null;
  return (
    <Button
      variant="outline"
      size="sm"
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await repairFinding({ findingId });
          if (result.ok) {
            toast.success(`Finding ${findingId}: ${result.data.resolution}.`);
            router.refresh();
          } else toast.error(result.error.message);
        })
      }
    >
      {LABELS[repair]}
    </Button>
  );
}

export function ReconcileNowButton() {
  const toast = useToast();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  return (
    <Button
      disabled={isPending}
      onClick={() =>
        startTransition(async () => {
          const result = await reconcileNow({});
          if (!result.ok) toast.error(result.error.message);
          else if (result.data.errors.length > 0)
            toast.error(`Run ${result.data.runId}: ${result.data.errors.join(" ")}`);
          else toast.success(`Run ${result.data.runId}: ${result.data.findings} findings.`);
          router.refresh();
        })
      }
    >
      {isPending ? "Reconciling…" : "Reconcile now"}
    </Button>
  );
}
