"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toaster";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { updateApplication } from "@/lib/actions/applications/update-application";
import type { PushDomainLookup } from "@/lib/data/applications/find-push-domain";
import type { ApplicationSummary } from "@/lib/data/applications/list-applications";
import type { UpdateApplicationInput } from "@/lib/schemas/application";
import { GenerationField } from "./generation-field";
import { PushDomainField } from "./push-domain-field";

type FieldName = keyof UpdateApplicationInput;
const FIELD_NAMES: readonly FieldName[] = [
  "name",
  "generation",
  "pushDomain",
  "defaultVodSubAppId",
  "mediaDomainHttps",
  "mediaHotlinkKey",
];

/**
 * An admin's edit of one application: what the console cannot read from the cloud (its recording
 * generation, which push domain TRTC relays to) and how its VOD media is served.
 */
export function EditApplicationForm({
  application,
  pushDomains,
}: {
  application: ApplicationSummary;
  pushDomains: PushDomainLookup;
}) {
  const t = useTranslations("applications.edit");
  const messageText = useMessageText();
  const toast = useToast();
  const router = useRouter();
  const form = useForm<UpdateApplicationInput>({
    resolver: lazyZodResolver(() =>
      import("@/lib/schemas/application").then((schemas) => schemas.updateApplicationSchema),
    ),
    defaultValues: {
      sdkAppId: application.sdkAppId,
      name: application.name,
      generation: application.generation,
      pushDomain: application.pushDomain ?? "",
      defaultVodSubAppId: application.defaultVodSubAppId ?? "",
      mediaDomainHttps: application.mediaDomainHttps,
      mediaHotlinkKey: "",
      clearMediaHotlinkKey: false,
    },
  });
  const errors = form.formState.errors;
  const pushDomain = useWatch({ control: form.control, name: "pushDomain" });
  const messageOf = (name: FieldName) => (errors[name]?.message ? String(errors[name]?.message) : undefined);
  const id = (name: string) => `edit-app-${name}`;

  async function handleSubmit(values: UpdateApplicationInput) {
    const result = await updateApplication(values);
    if (result.ok) {
      toast.success(
        result.data.changed.length === 0
          ? t("nothingChanged")
          : t("saved", {
              name: application.name,
              changed: result.data.changed.map((field) => t(`changedFields.${field}`)).join(t("listSeparator")),
            }),
      );
      router.push("/applications");
      router.refresh();
      return;
    }
    // Each message in words before joining: two encoded messages joined decode as neither.
    for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
      const name = FIELD_NAMES.find((candidate) => candidate === field);
      if (name) form.setError(name, { message: messages.map(messageText).join(" ") });
    }
    if (!result.error.fieldErrors) toast.error(result.error.message);
  }

  return (
    <Card aria-label={t("cardLabel", { name: application.name })}>
      <CardHeader>
        <CardTitle>{t("title", { name: application.name, sdkAppId: String(application.sdkAppId) })}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={form.handleSubmit(handleSubmit)} noValidate aria-label={t("formLabel")}>
          <HydratedFieldset>
            <div className="grid gap-4 md:grid-cols-2">
              <div className="flex flex-col gap-2">
                <Label htmlFor={id("name")}>{t("nameLabel")}</Label>
                <Input id={id("name")} aria-describedby={`${id("name")}-error`} {...form.register("name")} />
                <FieldError
                  id={`${id("name")}-error`}
                  messages={messageOf("name") ? [messageOf("name") ?? ""] : undefined}
                />
              </div>
              <div className="flex flex-col gap-2">
                <Label htmlFor={id("defaultVodSubAppId")}>{t("defaultVodSubAppIdLabel")}</Label>
                <Input
                  id={id("defaultVodSubAppId")}
                  placeholder={t("defaultVodSubAppIdPlaceholder")}
                  aria-describedby={`${id("defaultVodSubAppId")}-error`}
                  {...form.register("defaultVodSubAppId")}
                />
                <FieldError
                  id={`${id("defaultVodSubAppId")}-error`}
                  messages={messageOf("defaultVodSubAppId") ? [messageOf("defaultVodSubAppId") ?? ""] : undefined}
                />
              </div>
              <GenerationField
                idPrefix="edit-app"
                registration={form.register("generation")}
                error={messageOf("generation")}
              />
              <PushDomainField
                idPrefix="edit-app"
                lookup={pushDomains}
                value={typeof pushDomain === "string" ? pushDomain : ""}
                onChange={(domain) =>
                  form.setValue("pushDomain", domain, { shouldValidate: form.formState.isSubmitted })
                }
                error={messageOf("pushDomain")}
              />
              <fieldset className="flex flex-col gap-2 md:col-span-2">
                <legend className="mb-1 text-sm font-medium">{t("mediaDomainLegend")}</legend>
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" className="mt-0.5 size-4" {...form.register("mediaDomainHttps")} />
                  <span>
                    {t("httpsLabel")}
                    <span className="block text-xs text-muted-foreground">{t("httpsHint")}</span>
                  </span>
                </label>
                <Label htmlFor={id("mediaHotlinkKey")}>{t("hotlinkKeyLabel")}</Label>
                <Input
                  id={id("mediaHotlinkKey")}
                  type="password"
                  autoComplete="off"
                  placeholder={
                    application.hasMediaHotlinkKey ? t("hotlinkKeySetPlaceholder") : t("hotlinkKeyNonePlaceholder")
                  }
                  aria-describedby={`${id("mediaHotlinkKey")}-hint ${id("mediaHotlinkKey")}-error`}
                  {...form.register("mediaHotlinkKey")}
                />
                <p id={`${id("mediaHotlinkKey")}-hint`} className="text-xs text-muted-foreground">
                  {t("hotlinkKeyHint")}
                </p>
                {application.hasMediaHotlinkKey ? (
                  <label className="flex items-center gap-2 text-sm">
                    <input type="checkbox" className="size-4" {...form.register("clearMediaHotlinkKey")} />
                    {t("removeKey")}
                  </label>
                ) : null}
                <FieldError
                  id={`${id("mediaHotlinkKey")}-error`}
                  messages={messageOf("mediaHotlinkKey") ? [messageOf("mediaHotlinkKey") ?? ""] : undefined}
                />
              </fieldset>
            </div>
            <div className="mt-4 flex justify-end gap-2">
              <Link
                href="/applications"
                className="inline-flex h-9 items-center rounded-md border border-input bg-card px-4 text-sm hover:bg-muted"
              >
                {t("cancel")}
              </Link>
              <Button type="submit" disabled={form.formState.isSubmitting}>
                {form.formState.isSubmitting ? t("submitting") : t("submit")}
              </Button>
            </div>
          </HydratedFieldset>
        </form>
      </CardContent>
    </Card>
  );
}
