"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { RecordingCostCell } from "@/components/costs/recording-cost-cell";
import { FileHealthBadge } from "@/components/health/file-health-badge";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { costPricesQueryOptions } from "@/lib/queries/cost-prices";
import { recordingPath } from "@/lib/recordings/recording-path";
import type { LibraryRecording, RecordingDto } from "@/lib/recordings/types";
import { formatDuration, formatExpiry, formatSize, namingLabel } from "./format";
import { LocalTime } from "./local-time";

/**
 * The name split into its parts by the naming rules, times in the viewer's zone with Beijing time
 * beside them: the name carries Beijing time, so that is what a person finds in it.
 */
function NameParts({ recording }: { recording: RecordingDto }) {
  const t = useTranslations("recordings.table");
  const messageText = useMessageText();
  const parts = recording.parts;
  if (!parts) return <span className="text-xs text-muted-foreground">{t("noNamingRule")}</span>;
  const { start, end } = parts;
  return (
    <span className="flex flex-wrap gap-x-3 text-xs text-muted-foreground" data-testid="name-parts">
      <span>{messageText(namingLabel(parts.rule))}</span>
      {parts.sdkAppId !== null ? <span>{t("app", { id: parts.sdkAppId })}</span> : null}
      {parts.roomId ? <span>{t("room", { id: parts.roomId })}</span> : null}
      {parts.userId ? <span>{t("user", { id: parts.userId })}</span> : null}
      {parts.userDefineRecordId ? <span>{t("recordId", { id: parts.userDefineRecordId })}</span> : null}
      {parts.streamType ? <span>{parts.streamType}</span> : null}
      {parts.index !== null ? <span>{t("part", { index: parts.index })}</span> : null}
      {start && end ? (
        <span>
          {t.rich("timeRange", {
            start: () => <LocalTime iso={start} beijing />,
            end: () => <LocalTime iso={end} part="time" beijing />,
          })}
        </span>
      ) : null}
    </span>
  );
}

/** A piece of a split session: which one, and the joined file once there is one. */
function PiecePlace({ recording }: { recording: LibraryRecording }) {
  const t = useTranslations("recordings.table");
  const piece = recording.piece;
  if (!piece) return null;
  return (
    <span className="mt-1 flex flex-wrap items-center gap-2 text-xs" data-testid="session-place">
      <Badge variant="warning">{t("piece", { position: piece.position, count: piece.count })}</Badge>
      {piece.joinedFileId ? (
        <Link href={recordingPath(piece.joinedFileId, recording.subAppId)} className="text-primary hover:underline">
          {t("joinedFile")}
        </Link>
      ) : (
        <span className="text-muted-foreground">{t("split")}</span>
      )}
    </span>
  );
}

export function RecordingsTable({
  recordings,
  selected,
  onToggle,
  onToggleAll,
  canDelete,
}: {
  recordings: LibraryRecording[];
  selected: ReadonlySet<string>;
  onToggle: (fileId: string) => void;
  onToggleAll: () => void;
  canDelete: boolean;
}) {
  const t = useTranslations("recordings.table");
  const messageText = useMessageText();
  const allSelected = recordings.length > 0 && recordings.every((recording) => selected.has(recording.fileId));
  // Estimates are in CNY, the currency of the reference's price list (cloud.tencent.com).
  const prices = useQuery(costPricesQueryOptions());
  return (
    <Table>
      <TableHeader>
        <TableRow>
          {canDelete ? (
            <TableHead className="w-8">
              <input
                type="checkbox"
                aria-label={t("selectAll")}
                checked={allSelected}
                onChange={onToggleAll}
                className="size-4"
              />
            </TableHead>
          ) : null}
          <TableHead className="w-24">{t("cover")}</TableHead>
          <TableHead>{t("name")}</TableHead>
          <TableHead>{t("format")}</TableHead>
          <TableHead className="text-right">{t("duration")}</TableHead>
          <TableHead className="text-right">{t("size")}</TableHead>
          <TableHead>{t("retention")}</TableHead>
          <TableHead>{t("quality")}</TableHead>
          <TableHead className="text-right">{t("estimatedCost")}</TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {recordings.map((recording) => (
          <TableRow key={recording.fileId} data-testid="recording-row">
            {canDelete ? (
              <TableCell>
                <input
                  type="checkbox"
                  aria-label={t("select", { name: recording.name })}
                  checked={selected.has(recording.fileId)}
                  onChange={() => onToggle(recording.fileId)}
                  className="size-4"
                />
              </TableCell>
            ) : null}
            <TableCell>
              {recording.coverUrl ? (
                // eslint-disable-next-line @next/next/no-img-element -- covers come from the cloud's own domain, not optimisable here
                <img
                  src={recording.coverUrl}
                  alt={t("coverOf", { name: recording.name })}
                  className="h-12 w-20 rounded object-cover"
                  loading="lazy"
                />
              ) : (
                <div className="flex h-12 w-20 items-center justify-center rounded bg-muted text-xs text-muted-foreground">
                  {recording.type === "aac" ? t("audio") : t("noCover")}
                </div>
              )}
            </TableCell>
            <TableCell className="max-w-md">
              <Link
                href={recordingPath(recording.fileId, recording.subAppId)}
                className="font-mono text-xs break-all text-primary hover:underline"
              >
                {recording.name}
              </Link>
              <NameParts recording={recording} />
              <PiecePlace recording={recording} />
            </TableCell>
            <TableCell>
              <Badge variant="muted">{recording.type || "?"}</Badge>
            </TableCell>
            <TableCell className="text-right tabular-nums">{formatDuration(recording.durationSeconds)}</TableCell>
            <TableCell className="text-right tabular-nums">{formatSize(recording.sizeBytes)}</TableCell>
            <TableCell className="text-xs">{messageText(formatExpiry(recording.expiresAt))}</TableCell>
            <TableCell>
              <FileHealthBadge health={recording.health} />
            </TableCell>
            <TableCell className="text-right">
              <RecordingCostCell recording={recording} prices={prices.data?.CNY} hasFailed={prices.isError} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
