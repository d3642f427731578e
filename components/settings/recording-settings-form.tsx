"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { settingLabel } from "@/lib/settings/diff-settings";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { useToast } from "@/components/ui/toaster";
import { saveRecordingSettings } from "@/lib/actions/settings/save-recording-settings";
import type { RecordingSettingsFormInput } from "@/lib/schemas/recording-settings";
import type { CallbackReceiver } from "@/lib/settings/callback-receiver";
import type { PublicSettings } from "@/lib/settings/public-settings";
import type { SubApplication } from "@/lib/data/settings/settings-overview";
import { CallbackCard } from "./callback-card";
import { FileNamePreviewCard } from "./file-name-preview-card";
import { FormatsCard } from "./formats-card";
import { LimitsCard } from "./limits-card";
import { RecordingModeCard } from "./recording-mode-card";
import { SettingsCostCard } from "./settings-cost-card";
import { StorageCard } from "./storage-card";

/**
 * The form's values for saved settings. An empty callback URL starts as the console's own
 * receiver where the cloud reaches it: a real value, not a placeholder that reads as one (issue 15).
 */
function toFormValues(settings: PublicSettings, receiver: CallbackReceiver): RecordingSettingsFormInput {
  const { hasCallbackKey, ...fields } = settings;
  return {
    ...fields,
    callbackUrl: fields.callbackUrl === "" && receiver.isReachable ? receiver.url : fields.callbackUrl,
    vodSubAppId: fields.vodSubAppId === null ? "" : String(fields.vodSubAppId),
    callbackKey: "",
    keepStoredCallbackKey: hasCallbackKey,
  };
}

/** Every recording setting of the selected application; saving applies them to the cloud. */
export function RecordingSettingsForm({
  initial,
  sdkAppId,
  subApplications,
  callbackReceiver,
  canOperate,
}: {
  initial: PublicSettings;
  sdkAppId: number;
  subApplications: SubApplication[];
  callbackReceiver: CallbackReceiver;
  canOperate: boolean;
}) {
  const router = useRouter();
  const t = useTranslations("settings.form");
  // Each server message in words before they are joined: a joined string is no message to decode.
  const messageText = useMessageText();
  const format = useFormatter();
  const toast = useToast();
  const form = useForm<RecordingSettingsFormInput>({
    resolver: lazyZodResolver(() =>
      import("@/lib/schemas/recording-settings").then((schemas) => schemas.recordingSettingsFormSchema),
    ),
    defaultValues: toFormValues(initial, callbackReceiver),
  });

  async function handleSubmit(values: RecordingSettingsFormInput) {
    const result = await saveRecordingSettings(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
        form.setError(field as keyof RecordingSettingsFormInput, { message: messages.map(messageText).join(" ") });
      }
      if (!result.error.fieldErrors) toast.error(result.error.message);
      return;
    }
    const differences = result.data.differences;
    if (differences.length > 0) {
      const fields = differences.map((difference) => messageText(settingLabel(difference.field)));
      toast.error(t("savedDiffers", { fields: format.list(fields, { type: "conjunction" }) }));
    } else {
      toast.success(t("saved"));
    }
    form.reset(toFormValues(result.data.cloud, callbackReceiver));
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(handleSubmit)} noValidate aria-label={t("ariaLabel")}>
      <HydratedFieldset disabled={!canOperate || form.formState.isSubmitting}>
        <div className="flex flex-col gap-4">
          <RecordingModeCard form={form} />
          <FormatsCard form={form} />
          <LimitsCard form={form} />
          <SettingsCostCard form={form} saved={initial} />
          <StorageCard form={form} subApplications={subApplications} />
          <CallbackCard
            form={form}
            canSendTest={canOperate}
            hasStoredKey={initial.hasCallbackKey}
            savedCallbackUrl={initial.callbackUrl}
            receiver={callbackReceiver}
          />
          <FileNamePreviewCard form={form} sdkAppId={sdkAppId} />
          {canOperate ? (
            <div className="flex justify-end">
              <Button type="submit">{form.formState.isSubmitting ? t("applying") : t("save")}</Button>
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">{t("viewersOnly")}</p>
          )}
        </div>
      </HydratedFieldset>
    </form>
  );
}
