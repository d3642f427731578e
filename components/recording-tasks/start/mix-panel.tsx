"use client";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { PriceTable } from "@/lib/costs/price-table";
import { isActive, type McuMixTaskDto } from "@/lib/data/recording-tasks/recording-task-types";
import type { RecordingStorage } from "@/lib/recording-tasks/cost-inputs";
import type { MixInput } from "@shared/layouts/types";
import { RunningMixCard } from "@/components/recording-tasks/running/running-mix-card";
import { StartMixForm } from "./start-mix-form";

/** The room's MCU mix: the running one with its controls, or the form to start one. */
export function MixPanel({
  roomId,
  sdkAppId,
  mixes,
  inputs,
  canOperate,
  prices,
  storage,
  isRecordable,
  isRoomUnknown,
}: {
  roomId: string;
  sdkAppId: number;
  mixes: McuMixTaskDto[];
  inputs: MixInput[];
  canOperate: boolean;
  prices: PriceTable;
  storage: RecordingStorage;
  /** Legacy apps record a mix by record id; cloud-recording apps only relay it. */
  isRecordable: boolean;
  /** The console heard of nobody in the room, and the operator typed the ids: the form starts with them. */
  isRoomUnknown: boolean;
}) {
  const running = mixes.find((mix) => isActive(mix.status));
  if (running) return <RunningMixCard key={running.id} mix={running} inputs={inputs} canOperate={canOperate} />;
  return (
    <Card aria-label="Start a mixed recording">
      <CardHeader>
        <CardTitle>{isRecordable ? "Mixed recording" : "MCU mix (relay only)"}</CardTitle>
        <CardDescription>
          {isRecordable
            ? "The room's users mixed into one picture by TRTC's MCU (StartMCUMixTranscode), published as a stream and recorded under a record id."
            : "The room's users mixed into one picture by TRTC's MCU (StartMCUMixTranscode) and published as a stream. Not recorded on this app."}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {!canOperate ? (
          <p className="text-sm text-muted-foreground">No mix is running. Operators and admins start one here.</p>
        ) : inputs.length === 0 && !isRoomUnknown ? (
          <p className="text-sm text-muted-foreground">
            A mix can start once someone is in the room: add a participant above.
          </p>
        ) : (
          <StartMixForm
            roomId={roomId}
            sdkAppId={sdkAppId}
            inputs={inputs}
            prices={prices}
            storage={storage}
            isRecordable={isRecordable}
          />
        )}
      </CardContent>
    </Card>
  );
}
