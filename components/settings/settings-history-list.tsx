import { getTranslations } from "next-intl/server";
import { LocalTime } from "@/components/recordings/local-time";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { getMessageText } from "@/lib/i18n/server-message-text";
import { settingLabel } from "@/lib/settings/diff-settings";
import type { SettingsHistoryEntry } from "@/lib/data/settings/settings-history";

export async function SettingsHistoryList({ entries }: { entries: SettingsHistoryEntry[] }) {
  const t = await getTranslations("settings.history");
  const messageText = await getMessageText();
  if (entries.length === 0) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>{t("empty")}</CardTitle>
        </CardHeader>
        <CardContent />
      </Card>
    );
  }
  return (
    <ol className="flex flex-col gap-3" aria-label={t("listLabel")}>
      {entries.map((entry) => (
        <li
          key={entry.id}
          className="rounded-lg border border-border bg-card p-4 text-sm"
          data-testid="settings-history-entry"
        >
          <p className="mb-2 flex flex-wrap items-center gap-2">
            <Badge variant={entry.kind === "adopted" ? "warning" : "default"}>
              {entry.kind === "adopted" ? t("adopted") : t("saved")}
            </Badge>
            <span className="font-medium">{entry.savedByEmail}</span>
            <span className="text-muted-foreground">
              <LocalTime iso={entry.savedAt} />
            </span>
          </p>
          {entry.changes.length === 0 ? (
            <p className="text-muted-foreground">{t("noChange")}</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {entry.changes.map((change) => (
                <li key={change.field} data-testid="settings-change">
                  {t.rich("change", {
                    label: messageText(settingLabel(change.field)),
                    before: () => (
                      <span className="text-muted-foreground line-through">{messageText(change.before)}</span>
                    ),
                    after: () => <span className="font-medium">{messageText(change.after)}</span>,
                  })}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
