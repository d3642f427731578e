"use client";
import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { reconcileNow } from "@/lib/actions/health-reconcile/reconcile-now";
import { repairFinding } from "@/lib/actions/health-reconcile/repair-finding";
import type { RepairAction } from "@/lib/health/reconcile/finding-kinds";
import { msg } from "@/lib/i18n/message";
import { useMessageText } from "@/lib/i18n/use-message-text";

/** A run's check errors as one text, one after the other, as the run stores them. */
const joinedErrors = (errors: readonly string[]): string =>
  errors.reduce((first, next) => msg("health.findings.checks.joined", { first, next }));

/** A finding's one repair, as a button (operators and admins; the action checks the role again). */
export function RepairButton({ findingId, repair }: { findingId: number; repair: RepairAction }) {
  const t = useTranslations("health.findings");
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
            const resolution = result.data.resolution === "acknowledged" ? "acknowledged" : "stopped";
            toast.success(t("repaired", { id: findingId, resolution }));
            router.refresh();
          } else toast.error(result.error.message);
        })
      }
    >
      {t(`repairs.${repair}`)}
    </Button>
  );
}

export function ReconcileNowButton() {
  const t = useTranslations("health.findings");
  const messageText = useMessageText();
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
            toast.error(
              t("runFailed", { id: result.data.runId, errors: messageText(joinedErrors(result.data.errors)) }),
            );
          else toast.success(t("runFound", { id: result.data.runId, count: result.data.findings }));
          router.refresh();
        })
      }
    >
      {isPending ? t("reconciling") : t("reconcileNow")}
    </Button>
  );
}
