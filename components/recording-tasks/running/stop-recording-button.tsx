"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";

/** Stop a running mix or task, after a confirmation that says what happens to its files. */
export function StopRecordingButton({
  title,
  description,
  confirmLabel,
  label,
  isPending,
  onConfirm,
}: {
  title: string;
  description: string;
  confirmLabel: string;
  label: string;
  isPending: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations("recordingTasks.running");
  return (
    <ConfirmDialog
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      isPending={isPending}
      onConfirm={onConfirm}
      trigger={(open) => (
        <Button variant="destructive" size="sm" onClick={open} disabled={isPending}>
          {isPending ? t("stopping") : label}
        </Button>
      )}
    />
  );
}
