"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { TemplatePicker } from "@/components/recording-tasks/layout/template-picker";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { RecordingSetup } from "@/lib/recording-tasks/recording-setup";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { defaultRecordingLayout } from "@/lib/recording-tasks/layout/default-layout";
import { layoutForApi, type MixApi } from "@/lib/recording-tasks/layout/layout-apis";
import { startApisFor } from "@/lib/recording-tasks/start-apis";
import type { RecordingLayout } from "@/lib/schemas/recording-layout";
import type { MixInput } from "@shared/layouts/types";
import { StartMixForm } from "./start-mix-form";
import { StartTaskForm } from "./start-task-form";

/**
 * The room page's one "Start recording": the API first (what the app's generation allows), then
 * that API's form with the one layout editor and its live preview of the room's users. The layout
 * is held here, so switching the API keeps what was laid out (as far as the other API can draw it).
 */
export function StartRecording({
  roomId,
  inputs,
  isRoomUnknown,
  isMixRunning,
  setup,
}: {
  roomId: string;
  inputs: MixInput[];
  /** The console heard of nobody in the room, and the operator typed the ids: the forms start with them. */
  isRoomUnknown: boolean;
  /** TRTC runs one MCU mix per room. */
  isMixRunning: boolean;
  setup: RecordingSetup;
}) {
  const { sdkAppId, generation, canOperate, prices, storage, taskSettings, subApplications } = setup;
  const choices = startApisFor(generation);
  const [api, setApi] = useState<MixApi>(choices[0]?.api ?? "mcu");
  const [layout, setLayout] = useState<RecordingLayout>(defaultRecordingLayout);
  const chosen = choices.find((choice) => choice.api === api) ?? choices[0];
  const t = useTranslations("recordingTasks.start");
  const messageText = useMessageText();

  return (
    <section aria-label={t("title")}>
      <Card>
        <CardHeader>
          <CardTitle>{t("title")}</CardTitle>
          <CardDescription>{chosen ? messageText(chosen.description) : null}</CardDescription>
        </CardHeader>
        <CardContent className="flex flex-col gap-6">
          {!canOperate ? (
            <p className="text-sm text-muted-foreground">{t("operatorsOnly")}</p>
          ) : (
            <>
              {choices.length > 1 ? (
                <TemplatePicker
                  name="start-api"
                  legend={t("recordWith")}
                  options={choices.map((choice) => ({
                    value: choice.api,
                    label: messageText(choice.label),
                    description: "",
                  }))}
                  value={api}
                  onChange={setApi}
                />
              ) : null}
              {api === "task" ? (
                <StartTaskForm
                  key="task"
                  roomId={roomId}
                  inputs={inputs}
                  prices={prices}
                  settings={taskSettings}
                  subApplications={subApplications}
                  initialLayout={layoutForApi(layout, "task")}
                  onLayoutChange={setLayout}
                />
              ) : isMixRunning ? (
                <p className="text-sm text-muted-foreground">{t("mixRunning")}</p>
              ) : inputs.length === 0 && !isRoomUnknown ? (
                <p className="text-sm text-muted-foreground">{t("roomEmpty")}</p>
              ) : (
                <StartMixForm
                  key="mcu"
                  roomId={roomId}
                  sdkAppId={sdkAppId}
                  inputs={inputs}
                  prices={prices}
                  storage={storage}
                  isRecordable={generation === "legacy"}
                  initialLayout={layout}
                  onLayoutChange={setLayout}
                />
              )}
            </>
          )}
        </CardContent>
      </Card>
    </section>
  );
}
