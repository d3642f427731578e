"use client";
import { useTranslations } from "next-intl";
import { useForm } from "react-hook-form";
import { lazyZodResolver } from "@/components/forms/lazy-zod-resolver";
import { Button } from "@/components/ui/button";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { useToast } from "@/components/ui/toaster";
import { useMessageText } from "@/lib/i18n/use-message-text";
import { createUser } from "@/lib/actions/users/create-user";
import { ROLES } from "@/lib/auth/roles";
import type { CreateUserInput } from "@/lib/schemas/user";

const FIELDS = ["email", "name", "password"] as const;

export function CreateUserForm() {
  const t = useTranslations("users.create");
  const tCommon = useTranslations("common");
  const messageText = useMessageText();
  const toast = useToast();
  const form = useForm<CreateUserInput>({
    resolver: lazyZodResolver(() => import("@/lib/schemas/user").then((schemas) => schemas.createUserSchema)),
    defaultValues: { email: "", name: "", password: "", role: "viewer" },
  });
  const errors = form.formState.errors;

  async function handleSubmit(values: CreateUserInput) {
    const result = await createUser(values);
    if (result.ok) {
      toast.success(t("added", { email: result.data.email, role: tCommon(`roles.${result.data.role}`) }));
      form.reset();
      return;
    }
    // Each message in words before joining: two encoded messages joined decode as neither.
    for (const [field, messages] of Object.entries(result.error.fieldErrors ?? {})) {
      if (field === "email" || field === "name" || field === "password" || field === "role") {
        form.setError(field, { message: messages.map(messageText).join(" ") });
      }
    }
    if (!result.error.fieldErrors) toast.error(result.error.message);
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
      </CardHeader>
      <CardContent>
        <form onSubmit={form.handleSubmit(handleSubmit)} className="grid gap-4 md:grid-cols-4" noValidate>
          <HydratedFieldset>
            {FIELDS.map((field) => (
              <div key={field} className="flex flex-col gap-2">
                <Label htmlFor={`new-user-${field}`} className="capitalize">
                  {t(`${field}Label`)}
                </Label>
                <Input
                  id={`new-user-${field}`}
                  type={field === "password" ? "password" : field === "email" ? "email" : "text"}
                  autoComplete={field === "password" ? "new-password" : "off"}
                  aria-invalid={errors[field] ? true : undefined}
                  aria-describedby={`new-user-${field}-error`}
                  {...form.register(field)}
                />
                <FieldError
                  id={`new-user-${field}-error`}
                  messages={errors[field]?.message ? [errors[field].message] : undefined}
                />
              </div>
            ))}
            <div className="flex flex-col gap-2">
              <Label htmlFor="new-user-role">{t("roleLabel")}</Label>
              <Select id="new-user-role" {...form.register("role")}>
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {tCommon(`roles.${role}`)}
                  </option>
                ))}
              </Select>
            </div>
            <div className="flex items-end justify-end md:col-span-4">
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
