"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { joinSession } from "@/lib/actions/health-joins/join-session";
import { cn } from "@/lib/utils";

/**
 * Starts VOD's join of the file's split session (operators and admins; the action checks the role
 * again). What came of it is said next to the button; the page then shows the join's status.
 */
export function JoinSessionButton({ fileId, pieceCount }: { fileId: string; pieceCount: number }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ isError: boolean; message: string } | null>(null);

  function handleClick() {
    startTransition(async () => {
      const result = await joinSession({ fileId });
      setOutcome(
        result.ok
          ? { isError: false, message: "Join started: VOD is making the file." }
          : { isError: true, message: result.error.message },
      );
      router.refresh();
    });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button
        variant="outline"
        size="sm"
        disabled={isPending}
        onClick={handleClick}
        aria-label={`Join the ${pieceCount} pieces into one file`}
        data-testid="join-session"
      >
        {isPending ? "Starting…" : "Join into one file"}
      </Button>
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
