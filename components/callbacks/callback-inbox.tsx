"use client";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useDeferredValue, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import type { ApplicationSummary } from "@/lib/data/applications/list-applications";
import { callbackEventsQueryOptions } from "@/lib/queries/callback-events";
import { initialCallbackFilters, toQueryFilters } from "@/lib/schemas/callback-filter-values";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { CallbackEventItem } from "./callback-event-item";
import { CallbackFiltersForm } from "./callback-filters-form";

/**
 * Received callbacks, newest first, refreshed while the page is open. It starts on the
 * application chosen in the switcher, like every page; "All" is one choice away.
 */
export function CallbackInbox({
  applications,
  currentSdkAppId,
}: {
  applications: ApplicationSummary[];
  currentSdkAppId: number;
}) {
  const t = useTranslations("callbacks.inbox");
  const messageText = useMessageText();
  const [filters, setFilters] = useState(() => initialCallbackFilters(currentSdkAppId));
  // Typing in the stream id box should not fire a request per keystroke ahead of rendering.
  const deferredFilters = useDeferredValue(filters);
  const events = useInfiniteQuery(callbackEventsQueryOptions(toQueryFilters(deferredFilters)));
  const items = events.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <section aria-labelledby="inbox-heading" className="flex flex-col gap-4">
      <h2 id="inbox-heading" className="text-base font-semibold">
        {t("heading")}
      </h2>
      <CallbackFiltersForm values={filters} onChange={setFilters} applications={applications} />
      {events.isPending ? (
        <div className="flex flex-col gap-2" aria-label={t("loading")}>
          <Skeleton className="h-12" />
          <Skeleton className="h-12" />
        </div>
      ) : events.isError ? (
        <Alert variant="destructive">{t("loadError", { message: messageText(events.error.message) })}</Alert>
      ) : items.length === 0 ? (
        <Card>
          <CardHeader>
            <CardTitle>{t("emptyTitle")}</CardTitle>
            <CardDescription>{t("emptyDescription")}</CardDescription>
          </CardHeader>
          <CardContent />
        </Card>
      ) : (
        <>
          <ul className="flex flex-col gap-2" aria-label={t("listLabel")}>
            {items.map((event) => (
              <CallbackEventItem key={event.id} event={event} />
            ))}
          </ul>
          {events.hasNextPage ? (
            <Button variant="outline" onClick={() => void events.fetchNextPage()} disabled={events.isFetchingNextPage}>
              {events.isFetchingNextPage ? t("loadingMore") : t("older")}
            </Button>
          ) : null}
        </>
      )}
    </section>
  );
}
