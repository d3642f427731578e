"use client";
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
import { createApplication } from "@/lib/actions/applications/create-application";
import type { PushDomainLookup } from "@/lib/data/applications/find-push-domain";
import type { CreateApplicationInput } from "@/lib/schemas/application";
import { GenerationField } from "./generation-field";
import { listedDomains, PushDomainField } from "./push-domain-field";

const TEXT_FIELDS = [
  { name: "sdkAppId", label: "SdkAppId", placeholder: "1400000123", type: "text" },
  { name: "name", label: "Name", placeholder: "Live classes", type: "text" },
  { name: "defaultVodSubAppId", label: "Default VOD sub-app (optional)", placeholder: "e.g. 1500000001", type: "text" },
  { name: "sdkSecretKey", label: "SDK secret key (optional)", placeholder: "from the TRTC console", type: "password" },
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
      toast.success(
        `Registered SdkAppId ${result.data.sdkAppId}${result.data.pushDomain ? ` on ${result.data.pushDomain}` : ""}`,
      );
      form.reset({ sdkAppId: "", name: "", pushDomain: defaultPushDomain, defaultVodSubAppId: "", sdkSecretKey: "" });
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
      const name = FIELD_NAMES.find((candidate) => candidate === field);
      if (name) form.setError(name, { message: messages.join(" ") });
    }
    if (!result.error.fieldErrors) toast.error(result.error.message);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>Register an application</CardTitle>
        <CardDescription>
          The SDK secret key signs the UserSigs of participants the console adds; without one, the key from
          TRTC_SDK_SECRET_KEY is used. It is stored on the server and never shown again.
        </CardDescription>
      </CardHeader>
      <CardContent>
        <form onSubmit={form.handleSubmit(handleSubmit)} noValidate aria-label="Register an application">
          <HydratedFieldset>
            <div className="grid gap-4 md:grid-cols-2">
              {TEXT_FIELDS.map((field) => (
                <div key={field.name} className="flex flex-col gap-2">
                  <Label htmlFor={`new-app-${field.name}`}>{field.label}</Label>
                  <Input
                    id={`new-app-${field.name}`}
                    type={field.type}
                    placeholder={field.placeholder}
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
                {form.formState.isSubmitting ? "Registering…" : "Register application"}
              </Button>
            </div>
          </HydratedFieldset>
        </form>
      </CardContent>
    </Card>
  );
}
