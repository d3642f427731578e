"use client";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { DeleteReport } from "@/lib/recordings/delete-report";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { deleteSummary } from "./delete-summary";

/** What the last bulk delete did: a report when some files went, the refusal when none did. */
export type DeleteOutcome = { kind: "report"; report: DeleteReport } | { kind: "refused"; message: string };

/**
 * Stays until dismissed (a toast would vanish before a list of reasons is read): which files were
 * deleted, and each one that was not with its reason.
 */
export function DeleteOutcomeNotice({ outcome, onDismiss }: { outcome: DeleteOutcome; onDismiss: () => void }) {
  const t = useTranslations("recordings.outcome");
  const messageText = useMessageText();
  const notDeleted = outcome.kind === "report" ? outcome.report.notDeleted : [];
  return (
    <Alert variant="destructive" data-testid="delete-outcome" className="flex flex-col gap-2">
      {outcome.kind === "refused" ? (
        <p>{t("nothingDeleted", { reason: messageText(outcome.message) })}</p>
      ) : (
        <>
          <p className="font-medium">{t("summary", { summary: messageText(deleteSummary(outcome.report)) })}</p>
          <p>
            {t.rich("deleted", {
              ids: outcome.report.deleted.join(", "),
              mono: (chunks) => <span className="font-mono text-xs">{chunks}</span>,
            })}
          </p>
          <ul className="list-disc pl-5" aria-label={t("notDeleted")}>
            {notDeleted.map((file) => (
              <li key={file.fileId}>{messageText(file.reason)}</li>
            ))}
          </ul>
        </>
      )}
      <div>
        <Button type="button" variant="outline" size="sm" onClick={onDismiss}>
          {t("dismiss")}
        </Button>
      </div>
    </Alert>
  );
}
