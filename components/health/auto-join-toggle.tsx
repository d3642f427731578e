"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { setAutoJoin } from "@/lib/actions/health-joins/set-auto-join";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { cn } from "@/lib/utils";

/**
 * The application's "join split files automatically" setting: a checkbox and Save (operators and
 * admins; the action checks the role again). The result or the error is said next to the button.
 */
export function AutoJoinToggle({ isEnabled, canChange }: { isEnabled: boolean; canChange: boolean }) {
  const t = useTranslations("health.splitFiles");
  const messageText = useMessageText();
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
              message: result.data.enabled ? t("savedOn") : t("savedOff"),
            }
          : { isError: true, message: messageText(result.error.message) },
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
        {t("autoJoinLabel")}
      </label>
      <p className="text-xs text-muted-foreground">{t("autoJoinHelp")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          disabled={!canChange || isPending || checked === isEnabled}
          onClick={handleSave}
          aria-label={t("saveLabel")}
          data-testid="auto-join-save"
        >
          {isPending ? t("saving") : t("save")}
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
