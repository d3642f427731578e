"use client";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { setAutoJoin } from "@/lib/actions/health-joins/set-auto-join";
import { cn } from "@/lib/utils";

/**
 * The application's "join split files automatically" setting: a checkbox and Save (operators and
 * admins; the action checks the role again). The result or the error is said next to the button.
 */
export function AutoJoinToggle({ isEnabled, canChange }: { isEnabled: boolean; canChange: boolean }) {
  const router = useRouter();
  const id = useId();
  const [checked, setChecked] = useState(isEnabled);
  const [isPending, startTransition] = useTransition();
  const [outcome, setOutcome] = useState<{ isError: boolean; message: string } | null>(null);

  function handleSave() {
    startTransition(async () => {
      const result = await setAutoJoin({ enabled: checked });
      setOutcome(
        result.ok
          ? {
              isError: false,
              message: result.data.enabled ? "Saved: split files are joined automatically." : "Saved: off.",
            }
          : { isError: true, message: result.error.message },
      );
      router.refresh();
    });
  }

  return (
    <div className="space-y-2">
      <label htmlFor={id} className="flex items-center gap-2 text-sm">
        <input
          id={id}
          type="checkbox"
          className="size-4"
          checked={checked}
          disabled={!canChange || isPending}
          onChange={(event) => setChecked(event.target.checked)}
          data-testid="auto-join-checkbox"
        />
        Join a session&apos;s split files into one when its last piece has arrived
      </label>
      <p className="text-xs text-muted-foreground">
        A session is complete once its last piece ended longer ago than the resume timeout plus 2 minutes (and a
        cloud-recording task has ended). Only sessions from the last 24 hours are joined.
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          disabled={!canChange || isPending || checked === isEnabled}
          onClick={handleSave}
          aria-label="Save automatic joining"
          data-testid="auto-join-save"
        >
          {isPending ? "Saving…" : "Save"}
        </Button>
        <p
          role="status"
          aria-live="polite"
          data-testid="auto-join-result"
          className={cn("text-xs", outcome?.isError ? "text-destructive" : "text-muted-foreground")}
        >
          {outcome?.message}
        </p>
      </div>
    </div>
  );
}
