"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toaster";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { createApplication } from "@/lib/actions/applications/create-application";
import type { PushDomainLookup } from "@/lib/data/applications/find-push-domain";
import type { CreateApplicationInput } from "@/lib/schemas/application";
import { GenerationField } from "./generation-field";
import { listedDomains, PushDomainField } from "./push-domain-field";

// Each field's label and placeholder are `applications.create.<name>Label` / `<name>Placeholder`.
const TEXT_FIELDS = [
  { name: "sdkAppId", type: "text" },
  { name: "name", type: "text" },
  { name: "defaultVodSubAppId", type: "text" },
  { name: "sdkSecretKey", type: "password" },
] as const;

type FieldName = keyof CreateApplicationInput;
const FIELD_NAMES: readonly FieldName[] = [
  "sdkAppId",
  "name",
  "generation",
  "pushDomain",
  "defaultVodSubAppId",
  "sdkSecretKey",
];

/** Registers an application: its recording generation asked, its push domain found with DescribeLiveDomains. */
export function CreateApplicationForm({ pushDomains }: { pushDomains: PushDomainLookup }) {
  const t = useTranslations("applications.create");
  const messageText = useMessageText();
  const toast = useToast();
  const router = useRouter();
  const found = listedDomains(pushDomains);
  const defaultPushDomain = found.length === 1 ? (found[0] ?? "") : "";
  const form = useForm<CreateApplicationInput>({
    resolver: lazyZodResolver(() =>
      import("@/lib/schemas/application").then((schemas) => schemas.createApplicationSchema),
    ),
    defaultValues: { sdkAppId: "", name: "", pushDomain: defaultPushDomain, defaultVodSubAppId: "", sdkSecretKey: "" },
  });
  const errors = form.formState.errors;
  const pushDomain = useWatch({ control: form.control, name: "pushDomain" });
  const messageOf = (name: FieldName) => (errors[name]?.message ? String(errors[name]?.message) : undefined);

  async function handleSubmit(values: CreateApplicationInput) {
    const result = await createApplication(values);
    if (result.ok) {
      const sdkAppId = String(result.data.sdkAppId);
      toast.success(
        result.data.pushDomain
          ? t("registeredOn", { sdkAppId, pushDomain: result.data.pushDomain })
          : t("registered", { sdkAppId }),
      );
      form.reset({ sdkAppId: "", name: "", pushDomain: defaultPushDomain, defaultVodSubAppId: "", sdkSecretKey: "" });
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
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={form.handleSubmit(handleSubmit)} noValidate aria-label={t("formLabel")}>
          <HydratedFieldset>
            <div className="grid gap-4 md:grid-cols-2">
              {TEXT_FIELDS.map((field) => (
                <div key={field.name} className="flex flex-col gap-2">
                  <Label htmlFor={`new-app-${field.name}`}>{t(`${field.name}Label`)}</Label>
                  <Input
                    id={`new-app-${field.name}`}
                    type={field.type}
                    placeholder={t(`${field.name}Placeholder`)}
                    autoComplete="off"
                    aria-invalid={errors[field.name] ? true : undefined}
                    aria-describedby={`new-app-${field.name}-error`}
                    {...form.register(field.name)}
                  />
                  <FieldError
                    id={`new-app-${field.name}-error`}
                    messages={messageOf(field.name) ? [messageOf(field.name) ?? ""] : undefined}
                  />
                </div>
              ))}
              <GenerationField
                idPrefix="new-app"
                registration={form.register("generation")}
                error={messageOf("generation")}
              />
              <PushDomainField
                idPrefix="new-app"
                lookup={pushDomains}
                value={typeof pushDomain === "string" ? pushDomain : ""}
                onChange={(domain) =>
                  form.setValue("pushDomain", domain, { shouldValidate: form.formState.isSubmitted })
                }
                error={messageOf("pushDomain")}
              />
            </div>
            <div className="mt-4 flex justify-end">
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
