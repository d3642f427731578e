import { LocalTime } from "@/components/recordings/local-time";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { settingLabel } from "@/lib/settings/diff-settings";
import type { SettingsHistoryEntry } from "@/lib/data/settings/settings-history";

export function SettingsHistoryList({ entries }: { entries: SettingsHistoryEntry[] }) {
  if (entries.length === 0) {
    return (
      <Card>
        <CardHeader>
          <CardTitle>Nothing saved yet</CardTitle>
        </CardHeader>
        <CardContent />
      </Card>
    );
  }
  return (
    <ol className="flex flex-col gap-3" aria-label="Saves, newest first">
      {entries.map((entry) => (
        <li
          key={entry.id}
          className="rounded-lg border border-border bg-card p-4 text-sm"
          data-testid="settings-history-entry"
        >
          <p className="mb-2 flex flex-wrap items-center gap-2">
            <Badge variant={entry.kind === "adopted" ? "warning" : "default"}>
              {entry.kind === "adopted" ? "adopted from the cloud" : "saved"}
            </Badge>
            <span className="font-medium">{entry.savedByEmail}</span>
            <span className="text-muted-foreground">
              <LocalTime iso={entry.savedAt} />
            </span>
          </p>
          {entry.changes.length === 0 ? (
            <p className="text-muted-foreground">No change.</p>
          ) : (
            <ul className="flex flex-col gap-1">
              {entry.changes.map((change) => (
                <li key={change.field} data-testid="settings-change">
                  {settingLabel(change.field)}:{" "}
                  <span className="text-muted-foreground line-through">{change.before}</span> →{" "}
                  <span className="font-medium">{change.after}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
