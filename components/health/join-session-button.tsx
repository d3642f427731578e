"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { joinSession } from "@/lib/actions/health-joins/join-session";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { cn } from "@/lib/utils";

/**
 * Starts VOD's join of the file's split session (operators and admins; the action checks the role
 * again). What came of it is said next to the button; the page then shows the join's status.
 */
export function JoinSessionButton({
  fileId,
  pieceCount,
  canJoin,
}: {
  fileId: string;
  pieceCount: number;
  /** False once a join of all the pieces exists: the button goes, what the click said stays. */
  canJoin: boolean;
}) {
  const t = useTranslations("health.joins");
  const messageText = useMessageText();
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ isError: boolean; message: string } | null>(null);

  function handleClick() {
    startTransition(async () => {
      const result = await joinSession({ fileId });
      setOutcome(
        result.ok
          ? { isError: false, message: t("started") }
          : { isError: true, message: messageText(result.error.message) },
      );
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {canJoin ? (
        <Button
          variant="outline"
          size="sm"
          disabled={isPending}
          onClick={handleClick}
          aria-label={t("joinLabel", { count: pieceCount })}
          data-testid="join-session"
        >
          {isPending ? t("starting") : t("join")}
        </Button>
      ) : null}
      <p
        role="status"
        aria-live="polite"
        data-testid="join-session-result"
        className={cn("text-xs", outcome?.isError ? "text-destructive" : "text-muted-foreground")}
      >
        {outcome?.message}
      </p>
    </div>
  );
}
