"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { addParticipant } from "@/lib/actions/rooms/add-participant";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { queryKeys } from "@/lib/queries/keys";
import type { SampleClip } from "@/lib/rooms/types";
import type { AddParticipantInput } from "@/lib/schemas/room";

const OTHER_URL = "__other__";

/**
 * Adds a participant that publishes a sample clip or any media/RTMP URL (StartStreamIngest). On a
 * room's page the room is fixed (`roomId`).
 */
export function AddParticipantForm({ samples, roomId }: { samples: SampleClip[]; roomId?: string }) {
  const t = useTranslations("rooms.addParticipant");
  const messageText = useMessageText();
  const firstSample = samples[0];
  const [source, setSource] = useState(firstSample ? firstSample.url : OTHER_URL);
  const form = useForm<AddParticipantInput>({
    resolver: lazyZodResolver(() => import("@/lib/schemas/room").then((schemas) => schemas.addParticipantSchema)),
    defaultValues: { roomId: roomId ?? "1001", userId: "", streamUrl: firstSample?.url ?? "", isLooping: true },
  });
  const add = useActionMutation({
    action: addParticipant,
    invalidates: [queryKeys.rooms()],
    successMessage: (_, input) => t("joining", { userId: input.userId, roomId: input.roomId }),
  });
  const errors = form.formState.errors;

  async function handleSubmit(values: AddParticipantInput) {
    const result = await add.mutateAsync(values);
    if (result.ok) {
      form.reset({ ...values, userId: "" });
      return;
    }
    for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
      if (field === "roomId" || field === "userId" || field === "streamUrl") {
        // Each message is one of the schema's: several only join once each is in words.
        form.setError(field, { message: messages.map(messageText).join(" ") });
      }
    }
  }

  function handleSourceChange(value: string) {
    setSource(value);
    form.setValue("streamUrl", value === OTHER_URL ? "" : value, { shouldValidate: false });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={form.handleSubmit(handleSubmit)} className="grid gap-4 md:grid-cols-2" noValidate>
          <HydratedFieldset>
            <div className="flex flex-col gap-2">
              <Label htmlFor="roomId">{t("roomId")}</Label>
              <Input
                id="roomId"
                readOnly={roomId !== undefined}
                aria-invalid={errors.roomId ? true : undefined}
                aria-describedby="roomId-error"
                {...form.register("roomId")}
              />
              <FieldError id="roomId-error" messages={errors.roomId?.message ? [errors.roomId.message] : undefined} />
            </div>
            <div className="flex flex-col gap-2">
              <Label htmlFor="userId">{t("userId")}</Label>
              <Input
                id="userId"
                placeholder={t("userIdPlaceholder")}
                aria-invalid={errors.userId ? true : undefined}
                aria-describedby="userId-error"
                {...form.register("userId")}
              />
              <FieldError id="userId-error" messages={errors.userId?.message ? [errors.userId.message] : undefined} />
            </div>
            <div className="flex flex-col gap-2">
              <Label htmlFor="source">{t("source")}</Label>
              <Select id="source" value={source} onChange={(event) => handleSourceChange(event.target.value)}>
                {samples.map((sample) => (
                  <option key={sample.url} value={sample.url}>
                    {t("sampleClip", {
                      name: sample.name,
                      width: sample.width,
                      height: sample.height,
                      seconds: Math.round(sample.durationSeconds),
                    })}
                  </option>
                ))}
                <option value={OTHER_URL}>{t("otherUrl")}</option>
              </Select>
            </div>
            <div className="flex flex-col gap-2">
              <Label htmlFor="streamUrl">{t("streamUrl")}</Label>
              <Input
                id="streamUrl"
                placeholder={t("streamUrlPlaceholder")}
                readOnly={source !== OTHER_URL}
                aria-invalid={errors.streamUrl ? true : undefined}
                aria-describedby="streamUrl-error"
                {...form.register("streamUrl")}
              />
              <FieldError
                id="streamUrl-error"
                messages={errors.streamUrl?.message ? [errors.streamUrl.message] : undefined}
              />
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input type="checkbox" className="size-4" {...form.register("isLooping")} />
              {t("loop")}
            </label>
            <div className="flex justify-end md:col-span-2">
              <Button type="submit" disabled={add.isPending}>
                {add.isPending ? t("adding") : t("add")}
              </Button>
            </div>
          </HydratedFieldset>
        </form>
      </CardContent>
    </Card>
  );
}
