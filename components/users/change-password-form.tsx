"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toaster";
import { changeOwnPassword } from "@/lib/actions/users/change-own-password";
import { useMessageText } from "@/lib/i18n/use-message-text";
import type { ChangeOwnPasswordInput } from "@/lib/schemas/user";

const FIELDS = [
  { name: "currentPassword", label: "currentLabel", autoComplete: "current-password" },
  { name: "newPassword", label: "newLabel", autoComplete: "new-password" },
  { name: "confirmPassword", label: "againLabel", autoComplete: "new-password" },
] as const;

const isField = (name: string): name is (typeof FIELDS)[number]["name"] => FIELDS.some((field) => field.name === name);

/** The signed-in user's own password change; the server checks the current one again. */
export function ChangePasswordForm() {
  const t = useTranslations("users.changePassword");
  const messageText = useMessageText();
  const toast = useToast();
  const form = useForm<ChangeOwnPasswordInput>({
    resolver: lazyZodResolver(() => import("@/lib/schemas/user").then((schemas) => schemas.changeOwnPasswordSchema)),
    defaultValues: { currentPassword: "", newPassword: "", confirmPassword: "" },
  });
  const errors = form.formState.errors;

  async function handleSubmit(values: ChangeOwnPasswordInput) {
    const result = await changeOwnPassword(values);
    if (result.ok) {
      toast.success(t("changed"));
      form.reset();
      return;
    }
    const fieldErrors = Object.entries(result.error.fieldErrors ?? {});
    // Each message in words before joining: two encoded messages joined decode as neither.
    for (const [field, messages] of fieldErrors) {
      if (isField(field)) form.setError(field, { message: messages.map(messageText).join(" ") });
    }
    if (fieldErrors.length === 0) form.setError("root", { message: result.error.message });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <form onSubmit={form.handleSubmit(handleSubmit)} className="flex max-w-sm flex-col gap-4" noValidate>
          <HydratedFieldset>
            {FIELDS.map((field) => (
              <div key={field.name} className="flex flex-col gap-2">
                <Label htmlFor={`password-${field.name}`}>{t(field.label)}</Label>
                <Input
                  id={`password-${field.name}`}
                  type="password"
                  autoComplete={field.autoComplete}
                  aria-invalid={errors[field.name] ? true : undefined}
                  aria-describedby={`password-${field.name}-error`}
                  {...form.register(field.name)}
                />
                <FieldError
                  id={`password-${field.name}-error`}
                  messages={errors[field.name]?.message ? [errors[field.name]?.message ?? ""] : undefined}
                />
              </div>
            ))}
            <p role="alert" aria-live="polite" className="text-sm text-destructive empty:hidden">
              {errors.root?.message ? messageText(errors.root.message) : null}
            </p>
            <div className="flex justify-end">
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
