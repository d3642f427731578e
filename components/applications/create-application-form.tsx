"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toaster";
import { createApplication } from "@/lib/actions/applications/create-application";
import { createApplicationSchema, type CreateApplicationInput } from "@/lib/schemas/application";

const FIELDS = [
  { name: "sdkAppId", label: "SdkAppId", placeholder: "1400000123", type: "text" },
  { name: "name", label: "Name", placeholder: "Live classes", type: "text" },
  {
    name: "pushDomain",
    label: "Push domain (optional)",
    placeholder: "<SdkAppId>.livepush.myqcloud.com",
    type: "text",
  },
  { name: "defaultVodSubAppId", label: "Default VOD sub-app (optional)", placeholder: "e.g. 1500000001", type: "text" },
  { name: "sdkSecretKey", label: "SDK secret key (optional)", placeholder: "from the TRTC console", type: "password" },
] as const;

export function CreateApplicationForm() {
  const toast = useToast();
  const router = useRouter();
  const form = useForm<CreateApplicationInput>({
    resolver: zodResolver(createApplicationSchema),
    defaultValues: { sdkAppId: "", name: "", pushDomain: "", defaultVodSubAppId: "", sdkSecretKey: "" },
  });
  const errors = form.formState.errors;

  async function handleSubmit(values: CreateApplicationInput) {
    const result = await createApplication(values);
    if (result.ok) {
      toast.success(`Registered SdkAppId ${result.data.sdkAppId}`);
      form.reset();
      router.refresh();
      return;
    }
    for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
      if (FIELDS.some((candidate) => candidate.name === field)) {
        form.setError(field as keyof CreateApplicationInput, { message: messages.join(" ") });
      }
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
        <form
          onSubmit={form.handleSubmit(handleSubmit)}
          className="grid gap-4 md:grid-cols-2 xl:grid-cols-3"
          noValidate
        >
          <HydratedFieldset>
            {FIELDS.map((field) => (
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
                  messages={errors[field.name]?.message ? [String(errors[field.name]?.message)] : undefined}
                />
              </div>
            ))}
            <div className="flex items-end justify-end md:col-span-2 xl:col-span-3">
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
