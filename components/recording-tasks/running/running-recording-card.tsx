"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { errorsUnder } from "@/components/recording-tasks/layout/flat-errors";
import { LayoutFields } from "@/components/recording-tasks/layout/layout-fields";
import { RecordingStatusBadge } from "@/components/recording-tasks/recording-status-badge";
import { SubscriptionFields } from "@/components/recording-tasks/start/subscription-fields";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { useMessageText } from "@/lib/i18n/use-message-text";
import type { RecordingTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { Subscription } from "@/lib/schemas/task";
import type { MixInput } from "@shared/layouts/types";
import { RecordingFacts } from "./recording-facts";
import { runningViewOf } from "./running-view";
import { StopRecordingButton } from "./stop-recording-button";
import { TaskEvents } from "./task-events";
import { useRecordingControls } from "./use-recording-controls";

/**
 * A running recording, a mix or a task alike: what it is, how long it has run and at what cost,
 * what TRTC said of it, a new layout (and a task's subscription), stop.
 */
export function RunningRecordingCard({
  recording,
  inputs,
  canOperate,
}: {
  recording: RecordingTaskDto;
  inputs: MixInput[];
  canOperate: boolean;
}) {
  const t = useTranslations("recordingTasks.running");
  const messageText = useMessageText();
  const view = runningViewOf(recording);
  const stop = view.stop
    ? {
        title: messageText(view.stop.title),
        description: messageText(view.stop.description),
        confirmLabel: messageText(view.stop.confirmLabel),
        label: messageText(view.stop.label),
      }
    : null;
  const controls = useRecordingControls(recording);
  const [layout, setLayout] = useState<RecordingLayout>(recording.layout);
  const [subscription, setSubscription] = useState<Subscription | null>(
    recording.kind === "cloud_task" ? recording.subscription : null,
  );
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const idPrefix = recording.kind === "mcu_mix" ? "relayout" : `modify-${recording.id}`;

  async function handleApply() {
    setErrors(await controls.apply(layout, subscription));
  }

  return (
    <Card aria-label={messageText(view.ariaLabel)} data-testid={view.testId}>
      <CardHeader className="flex-row items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <CardTitle className="flex items-center gap-2">
            {messageText(view.title)} <RecordingStatusBadge status={recording.status} />
          </CardTitle>
          <CardDescription>{messageText(view.description)}</CardDescription>
        </div>
        {canOperate && stop ? (
          <StopRecordingButton {...stop} isPending={controls.isStopping} onConfirm={controls.stop} />
        ) : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <RecordingFacts
          recording={recording}
          extra={view.facts.map(([term, value]) => [messageText(term), messageText(value)])}
        />
        {recording.kind === "cloud_task" ? (
          <section aria-label={t("events")} className="flex flex-col gap-2 border-t pt-4">
            <h3 className="text-sm font-semibold">{t("events")}</h3>
            <TaskEvents events={recording.events} />
          </section>
        ) : null}
        {canOperate && view.canChange ? (
          <section aria-label={messageText(view.change.region)} className="flex flex-col gap-4 border-t pt-4">
            <h3 className="text-sm font-semibold">{messageText(view.change.heading)}</h3>
            {view.change.note ? <p className="text-xs text-muted-foreground">{messageText(view.change.note)}</p> : null}
            {subscription ? (
              <SubscriptionFields
                idPrefix={idPrefix}
                value={subscription}
                onChange={setSubscription}
                errors={errorsUnder(errors, "subscription")}
              />
            ) : null}
            {view.hasLayout ? (
              <LayoutFields
                api={view.api}
                idPrefix={idPrefix}
                layout={layout}
                onChange={setLayout}
                canvas={{ width: recording.output.width, height: recording.output.height }}
                inputs={inputs}
                subscription={subscription}
                errors={errorsUnder(errors, "layout")}
              />
            ) : null}
            <div className="flex justify-end">
              <Button type="button" onClick={() => void handleApply()} disabled={controls.isApplying}>
                {controls.isApplying ? t("applying") : messageText(view.change.apply)}
              </Button>
            </div>
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
