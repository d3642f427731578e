"use client";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { useToast } from "@/components/ui/toaster";
import { saveRecordingSettings } from "@/lib/actions/settings/save-recording-settings";
import type { RecordingSettingsFormInput } from "@/lib/schemas/recording-settings";
import type { PublicSettings } from "@/lib/settings/public-settings";
import type { SubApplication } from "@/lib/data/settings/settings-overview";
import { CallbackCard } from "./callback-card";
import { FileNamePreviewCard } from "./file-name-preview-card";
import { FormatsCard } from "./formats-card";
import { LimitsCard } from "./limits-card";
import { RecordingModeCard } from "./recording-mode-card";
import { SettingsCostCard } from "./settings-cost-card";
import { StorageCard } from "./storage-card";

function toFormValues(settings: PublicSettings): RecordingSettingsFormInput {
  const { hasCallbackKey, ...fields } = settings;
  return {
    ...fields,
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
  suggestedCallbackUrl,
  canOperate,
}: {
  initial: PublicSettings;
  sdkAppId: number;
  subApplications: SubApplication[];
  suggestedCallbackUrl: string;
  canOperate: boolean;
}) {
  const router = useRouter();
  const toast = useToast();
  const form = useForm<RecordingSettingsFormInput>({
    resolver: lazyZodResolver(() =>
      import("@/lib/schemas/recording-settings").then((schemas) => schemas.recordingSettingsFormSchema),
    ),
    defaultValues: toFormValues(initial),
  });

  async function handleSubmit(values: RecordingSettingsFormInput) {
    const result = await saveRecordingSettings(values);
    if (!result.ok) {
      for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
        form.setError(field as keyof RecordingSettingsFormInput, { message: messages.join(" ") });
      }
      if (!result.error.fieldErrors) toast.error(result.error.message);
      return;
    }
    const differences = result.data.differences;
    if (differences.length > 0) {
      toast.error(
        `Saved, but the cloud holds ${differences.map((difference) => difference.field).join(", ")} differently.`,
      );
    } else {
      toast.success("Saved and applied: the cloud holds these settings.");
    }
    form.reset(toFormValues(result.data.cloud));
    router.refresh();
  }

  return (
    <form onSubmit={form.handleSubmit(handleSubmit)} noValidate aria-label="Recording settings">
      <HydratedFieldset disabled={!canOperate || form.formState.isSubmitting}>
        <div className="flex flex-col gap-4">
          <RecordingModeCard form={form} />
          <FormatsCard form={form} />
          <LimitsCard form={form} />
          <SettingsCostCard form={form} saved={initial} />
          <StorageCard form={form} subApplications={subApplications} />
          <CallbackCard form={form} hasStoredKey={initial.hasCallbackKey} suggestedUrl={suggestedCallbackUrl} />
          <FileNamePreviewCard form={form} sdkAppId={sdkAppId} />
          {canOperate ? (
            <div className="flex justify-end">
              <Button type="submit">{form.formState.isSubmitting ? "Applying…" : "Save and apply"}</Button>
            </div>
          ) : (
            <p className="text-sm text-muted-foreground">Viewers see the settings; operators and admins change them.</p>
          )}
        </div>
      </HydratedFieldset>
    </form>
  );
}
