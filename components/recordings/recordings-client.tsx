"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { useToast } from "@/components/ui/toaster";
import { deleteRecordings } from "@/lib/actions/recordings/delete-recordings";
import { queryKeys } from "@/lib/queries/keys";
import { recordingsQueryOptions } from "@/lib/queries/recordings";
import { RECORDINGS_PAGE_SIZE, VOD_SEARCH_CAP, searchCapNotice } from "@/lib/schemas/recording-search-cap";
import type { SubApplication } from "@/lib/data/settings/sub-applications";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { DeleteOutcomeNotice, type DeleteOutcome } from "./delete-outcome";
import { deleteSummary } from "./delete-summary";
import { RecordingSearchForm, type SearchValues } from "./recording-search-form";
import { RecordingsTable } from "./recordings-table";

/** The search fields the URL keeps, so a search is shareable and survives a reload. */
const SEARCH_KEYS = [
  "prefix",
  "text",
  "streamId",
  "roomId",
  "from",
  "to",
  "format",
  "subAppId",
  "sort",
  "health",
] as const;

/** ISO instant ↔ the value of a datetime-local input, in the browser's time zone. */
const toLocalInput = (iso: string) => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ""
    : new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

function valuesFrom(params: URLSearchParams): SearchValues {
  const values = Object.fromEntries(SEARCH_KEYS.map((key) => [key, params.get(key) ?? ""])) as SearchValues;
  return {
    ...values,
    from: values.from && toLocalInput(values.from),
    to: values.to && toLocalInput(values.to),
    sort: values.sort || "newest",
  };
}

export function RecordingsClient({
  canDelete,
  subApplications,
}: {
  canDelete: boolean;
  subApplications: SubApplication[];
}) {
  const t = useTranslations("recordings.list");
  const messageText = useMessageText();
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const toast = useToast();
  const queryClient = useQueryClient();
  const query = searchParams.toString();
  const page = Number(searchParams.get("page") ?? "1") || 1;
  const recordings = useQuery(recordingsQueryOptions(query));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [isDeleting, startDeleting] = useTransition();
  const [deleteOutcome, setDeleteOutcome] = useState<DeleteOutcome | null>(null);

  function navigate(values: SearchValues, nextPage: number) {
    const params = new URLSearchParams();
    for (const key of SEARCH_KEYS) {
      const value = values[key];
      if (!value || (key === "sort" && value === "newest")) continue;
      params.set(key, key === "from" || key === "to" ? new Date(value).toISOString() : value);
    }
    if (nextPage > 1) params.set("page", String(nextPage));
    setSelected(new Set());
    router.replace(`${pathname}?${params.toString()}`);
  }

  const rows = recordings.data?.recordings ?? [];
  const chosen = rows.filter((recording) => selected.has(recording.fileId));
  const totalCount = recordings.data?.totalCount ?? 0;
  const lastPage = Math.max(1, Math.ceil(Math.min(totalCount, VOD_SEARCH_CAP) / RECORDINGS_PAGE_SIZE));
  const capNotice = recordings.data ? searchCapNotice(recordings.data) : null;

  function remove() {
    startDeleting(async () => {
      const subAppId = chosen[0]?.subAppId ?? null;
      const result = await deleteRecordings({ fileIds: chosen.map((recording) => recording.fileId), subAppId });
      if (result.ok) {
        const isPartial = result.data.notDeleted.length > 0;
        if (isPartial) toast.error(deleteSummary(result.data));
        else toast.success(deleteSummary(result.data));
        setDeleteOutcome(isPartial ? { kind: "report", report: result.data } : null);
      } else {
        toast.error(result.error.message);
        setDeleteOutcome({ kind: "refused", message: result.error.message });
      }
      setSelected(new Set());
      await queryClient.invalidateQueries({ queryKey: queryKeys.allRecordings() });
    });
  }

  return (
    <div className="flex flex-col gap-4">
      <RecordingSearchForm
        key={query}
        initial={valuesFrom(searchParams)}
        onSearch={(values) => navigate(values, 1)}
        subApplications={subApplications}
      />
      {capNotice ? <Alert>{messageText(capNotice)}</Alert> : null}
      {deleteOutcome ? <DeleteOutcomeNotice outcome={deleteOutcome} onDismiss={() => setDeleteOutcome(null)} /> : null}
      {canDelete && chosen.length > 0 ? (
        <ConfirmDialog
          title={t("deleteTitle", { count: chosen.length })}
          description={
            <ul
              className="max-h-48 list-disc overflow-auto pl-5 font-mono text-xs"
              aria-label={t("recordingsToDelete")}
            >
              {/* One name often has several files (one per format): the format tells them apart. */}
              {chosen.map((recording) => (
                <li key={recording.fileId}>
                  {t("deleteItem", { name: recording.name, type: recording.type, fileId: recording.fileId })}
                </li>
              ))}
            </ul>
          }
          confirmLabel={t("delete")}
          isPending={isDeleting}
          onConfirm={remove}
          trigger={(open) => (
            <div>
              <Button variant="destructive" onClick={open} disabled={isDeleting}>
                {t("deleteSelected", { count: chosen.length })}
              </Button>
            </div>
          )}
        />
      ) : null}
      {recordings.isPending ? (
        <div className="flex flex-col gap-2" aria-label={t("loading")}>
          <Skeleton className="h-14" />
          <Skeleton className="h-14" />
          <Skeleton className="h-14" />
        </div>
      ) : recordings.isError ? (
        <Alert variant="destructive">{t("couldNotSearch", { error: messageText(recordings.error.message) })}</Alert>
      ) : rows.length === 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("noRecordings")}</CardTitle>
            <CardDescription>{query ? t("nothingMatches") : t("appearSoon")}</CardDescription>
          </CardHeader>
          <CardContent />
        </Card>
      ) : (
        <Card>
          <CardContent className="pt-5">
            <RecordingsTable
              recordings={rows}
              selected={selected}
              canDelete={canDelete}
              onToggle={(fileId) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (next.has(fileId)) next.delete(fileId);
                  else next.add(fileId);
                  return next;
                })
              }
              onToggleAll={() =>
                setSelected((current) =>
                  rows.every((recording) => current.has(recording.fileId))
                    ? new Set()
                    : new Set(rows.map((recording) => recording.fileId)),
                )
              }
            />
            <nav className="mt-4 flex items-center justify-between text-sm" aria-label={t("pages")}>
              <span className="text-muted-foreground">{t("pageStatus", { count: totalCount, page, lastPage })}</span>
              <span className="flex gap-2">
                <Button
                  variant="outline"
                  size="sm"
                  disabled={page <= 1}
                  onClick={() => navigate(valuesFrom(searchParams), page - 1)}
                >
                  {t("previous")}
                </Button>
                <Button
                  variant="outline"
                  size="sm"
                  disabled={page >= lastPage}
                  onClick={() => navigate(valuesFrom(searchParams), page + 1)}
                >
                  {t("next")}
                </Button>
              </span>
            </nav>
          </CardContent>
        </Card>
      )}
    </div>
  );
}
