"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { checkAgain } from "@/lib/actions/health-quality/check-again";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { cn } from "@/lib/utils";

/**
 * Puts the file back on the quality-check queue (operators and admins; the action checks the role
 * again). What came of it is said next to the button; the page then shows the new status.
 */
export function CheckAgainButton({ fileId }: { fileId: string }) {
  const t = useTranslations("health.quality");
  const messageText = useMessageText();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ isError: boolean; message: string } | null>(null);

  function handleClick() {
    startTransition(async () => {
      const result = await checkAgain({ fileId });
      setOutcome(
        result.ok
          ? { isError: false, message: t("queued") }
          : { isError: true, message: messageText(result.error.message) },
      );
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button variant="outline" size="sm" disabled={isPending} onClick={handleClick} data-testid="check-again">
        {isPending ? t("queueing") : t("checkAgain")}
      </Button>
      <p
        role="status"
        aria-live="polite"
        data-testid="check-again-result"
        className={cn("text-xs", outcome?.isError ? "text-destructive" : "text-muted-foreground")}
      >
        {outcome?.message}
      </p>
    </div>
  );
}
