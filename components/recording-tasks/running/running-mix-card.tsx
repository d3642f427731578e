"use client";
import { useState } from "react";
import { RecordingFacts } from "@/components/recording-tasks/running/recording-facts";
import { RecordingStatusBadge } from "@/components/recording-tasks/recording-status-badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { StopRecordingButton } from "@/components/recording-tasks/running/stop-recording-button";
import { changeMixLayout } from "@/lib/actions/recording-tasks/change-mix-layout";
import { stopMix } from "@/lib/actions/recording-tasks/stop-mix";
import type { McuMixTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import type { MixInput } from "@shared/layouts/types";
import { queryKeys } from "@/lib/queries/keys";
import { errorsUnder } from "@/components/recording-tasks/layout/flat-errors";
import { MCU_TEMPLATE_LABELS, type MixLayout } from "@/lib/schemas/mix";
import { MixLayoutFields } from "@/components/recording-tasks/layout/mix-layout-fields";

/** A running mix: what it is, how long it has run and at what cost, a new layout, stop. */
export function RunningMixCard({
  mix,
  inputs,
  canOperate,
}: {
  mix: McuMixTaskDto;
  inputs: MixInput[];
  canOperate: boolean;
}) {
  const [layout, setLayout] = useState<MixLayout>(mix.layout);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const change = useActionMutation({
    action: changeMixLayout,
    invalidates: [queryKeys.recordingTasks.all()],
    successMessage: (_, input) => `Layout changed to ${MCU_TEMPLATE_LABELS[input.layout.template]}`,
  });
  const isRecorded = mix.recordId !== "";
  const stop = useActionMutation({
    action: stopMix,
    invalidates: [queryKeys.recordingTasks.all()],
    successMessage: () => (isRecorded ? `Mixed recording ${mix.recordId} stopped` : `Mix ${mix.streamId} stopped`),
  });
  const canvas = { width: mix.output.width, height: mix.output.height };

  async function handleApply() {
    const result = await change.mutateAsync({ recordingId: mix.id, layout });
    setErrors(result.ok ? {} : errorsUnder(result.error.fieldErrors ?? {}, "layout"));
  }

  return (
    <Card aria-label={isRecorded ? `Mixed recording ${mix.recordId}` : `Mix ${mix.streamId}`} data-testid="running-mix">
      <CardHeader className="flex-row items-start justify-between gap-4">
        <div className="flex flex-col gap-1">
          <CardTitle className="flex items-center gap-2">
            {isRecorded ? "Mixed recording" : "MCU mix (relay only)"} <RecordingStatusBadge status={mix.status} />
          </CardTitle>
          <CardDescription>
            {MCU_TEMPLATE_LABELS[mix.layout.template]} layout, {mix.output.width}×{mix.output.height} at{" "}
            {mix.output.videoBitrateKbps} kbps.{" "}
            {isRecorded
              ? "A new layout keeps the record id and stream id, so the recording goes on in the same file."
              : "Relayed as a stream, not recorded."}
          </CardDescription>
        </div>
        {canOperate ? (
          <StopRecordingButton
            title={isRecorded ? "Stop the mixed recording?" : "Stop the mix?"}
            description={
              isRecorded
                ? `The mix of room ${mix.roomId} ends and its file ${mix.recordId}_… goes to VOD.`
                : `The mix of room ${mix.roomId} ends and its stream ${mix.streamId} stops.`
            }
            confirmLabel={isRecorded ? "Stop recording" : "Stop mix"}
            label={isRecorded ? "Stop mixed recording" : "Stop mix"}
            isPending={stop.isPending}
            onConfirm={() => stop.mutate({ recordingId: mix.id })}
          />
        ) : null}
      </CardHeader>
      <CardContent className="flex flex-col gap-6">
        <RecordingFacts
          recording={mix}
          extra={[
            ["Record id", isRecorded ? mix.recordId : "none (relayed only)"],
            ["Stream id", mix.streamId],
          ]}
        />
        {canOperate ? (
          <section aria-label="Change the layout" className="flex flex-col gap-4 border-t pt-4">
            <h3 className="text-sm font-semibold">Change the layout</h3>
            <MixLayoutFields
              idPrefix="relayout"
              layout={layout}
              onChange={setLayout}
              canvas={canvas}
              inputs={inputs}
              errors={errors}
            />
            <div className="flex justify-end">
              <Button type="button" onClick={() => void handleApply()} disabled={change.isPending}>
                {change.isPending ? "Applying…" : "Apply layout"}
              </Button>
            </div>
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
