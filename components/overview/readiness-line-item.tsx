import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { getMessageText } from "@/lib/i18n/server-message-text";
import type { ReadinessLine } from "@/lib/readiness/types";
import { READINESS_BADGES } from "./readiness-status";

/** One line of the readiness check: status, what it found, what to do, where to fix it. */
export async function ReadinessLineItem({ line }: { line: ReadinessLine }) {
  const t = await getTranslations("readiness");
  const messageText = await getMessageText();
  const badge = READINESS_BADGES[line.status];
  return (
    <li data-testid="readiness-line" data-line-id={line.id} data-status={line.status} className="flex gap-3 py-3">
      <Badge variant={badge.variant} className="mt-0.5 h-fit w-24 shrink-0 justify-center">
        {t(`status.${badge.label}`)}
      </Badge>
      <div className="min-w-0 space-y-1">
        <p className="text-sm font-medium break-words">{messageText(line.title)}</p>
        <p className="text-sm break-words text-muted-foreground">{messageText(line.detail)}</p>
        {line.fixUrl ? (
          <a href={line.fixUrl} target="_blank" rel="noreferrer" className="text-sm text-primary underline">
            {t("card.fixLink")}
          </a>
        ) : null}
      </div>
    </li>
  );
}
