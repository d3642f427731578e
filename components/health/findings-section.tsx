import Link from "next/link";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { LocalTime } from "@/components/recordings/local-time";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FindingDto, RunDto } from "@/lib/data/health/read-findings";
import { getMessageText } from "@/lib/i18n/server-message-text";
import { RepairButton } from "./finding-actions";

const isFile = (kind: string) => kind === "unannounced_file" || kind === "vanished_file";

function Subject({ finding }: { finding: FindingDto }) {
  const t = useTranslations("health.findings");
  // "Inspect": an unannounced file opens on its recording page (a vanished one has none to open).
  if (finding.kind === "unannounced_file")
    return (
      <Link
        href={`/recordings/${encodeURIComponent(finding.subject)}`}
        className="text-primary underline-offset-4 hover:underline"
      >
        {t("inspect", { fileId: finding.subject })}
      </Link>
    );
  if (isFile(finding.kind)) return <span>{t("fileId", { fileId: finding.subject })}</span>;
  const roomId = typeof finding.details.roomId === "string" ? finding.details.roomId : null;
  return (
    <span>
      {roomId ? t("roomRecording", { roomId, id: finding.subject }) : t("recording", { id: finding.subject })}
    </span>
  );
}

/** `error`: the run's error in words (it is stored as a message, or plain text from before). */
function RunLine({ run, error }: { run: RunDto; error: string | null }) {
  const t = useTranslations("health.findings");
  const trigger = run.trigger === "schedule" || run.trigger === "manual" ? t(`triggers.${run.trigger}`) : run.trigger;
  return (
    <li>
      {t.rich("run", {
        id: run.id,
        trigger: run.requestedByEmail ? t("runBy", { trigger, email: run.requestedByEmail }) : trigger,
        time: () => <LocalTime iso={run.startedAt} />,
        outcome: run.finishedAt ? t("runFindings", { count: run.findings ?? 0 }) : t("runUnfinished"),
      })}
      {error ? <span className="text-destructive">{t("runError", { error })}</span> : null}
    </li>
  );
}

export async function FindingsSection({
  open,
  runs,
  canRepair,
}: {
  open: FindingDto[];
  runs: RunDto[];
  canRepair: boolean;
}) {
  const t = await getTranslations("health.findings");
  const messageText = await getMessageText();
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description", { count: open.length })}</CardDescription>
      </CardHeader>
      <CardContent className="space-y-4">
        {open.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("empty")}</p>
        ) : (
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("found")}</TableHead>
                <TableHead>{t("what")}</TableHead>
                <TableHead>{t("about")}</TableHead>
                <TableHead />
              </TableRow>
            </TableHeader>
            <TableBody>
              {open.map((finding) => (
                <TableRow key={finding.id}>
                  <TableCell className="tabular-nums">
                    <LocalTime iso={finding.foundAt} />
                  </TableCell>
                  <TableCell>{messageText(finding.title)}</TableCell>
                  <TableCell>
                    <Subject finding={finding} />
                  </TableCell>
                  <TableCell>
                    {canRepair ? <RepairButton findingId={finding.id} repair={finding.repair} /> : null}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
        <div>
          <h3 className="mb-1 text-sm font-medium">{t("lastRuns")}</h3>
          {runs.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("noRuns")}</p>
          ) : (
            <ul className="space-y-1 text-sm">
              {runs.map((run) => (
                <RunLine key={run.id} run={run} error={run.error ? messageText(run.error) : null} />
              ))}
            </ul>
          )}
        </div>
      </CardContent>
    </Card>
  );
}
