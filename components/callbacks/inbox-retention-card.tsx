"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toaster";
import { updateInboxRetention } from "@/lib/actions/callbacks/update-inbox-retention";
import type { InboxRetentionView } from "@/lib/data/callbacks/inbox-retention";

const FIELDS = [
  { name: "verifiedRetentionDays", label: "verifiedDays" },
  { name: "refusedRetentionDays", label: "refusedDays" },
] as const;

/**
 * How long the inbox keeps what it received, from each entry's last delivery. Everyone sees it;
 * only an admin changes it (the action checks the role again on the server).
 */
export function InboxRetentionCard({ retention, canEdit }: { retention: InboxRetentionView; canEdit: boolean }) {
  const t = useTranslations("callbacks.retention");
  // The count as typed digits: grouping ("3,650") would not read as the number in the field.
  const kept = (days: number) => t("kept", { days, shown: String(days) });
  const router = useRouter();
  const toast = useToast();
  const [values, setValues] = useState({
    verifiedRetentionDays: String(retention.verifiedRetentionDays),
    refusedRetentionDays: String(retention.refusedRetentionDays),
  });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [isPending, startTransition] = useTransition();

  function save() {
    startTransition(async () => {
      const result = await updateInboxRetention(values);
      setFieldErrors(result.ok ? {} : (result.error.fieldErrors ?? {}));
      if (result.ok) {
        toast.success(t("saved"));
        router.refresh();
      } else if (!result.error.fieldErrors) toast.error(result.error.message);
    });
  }

  return (
    <Card aria-labelledby="inbox-retention-title">
      <CardHeader>
        <CardTitle id="inbox-retention-title">{t("title")}</CardTitle>
        <CardDescription data-testid="inbox-retention-summary">
          {t("summary", {
            verified: kept(retention.verifiedRetentionDays),
            refused: kept(retention.refusedRetentionDays),
          })}
          {retention.updatedByEmail ? t("setBy", { email: retention.updatedByEmail }) : ""}
        </CardDescription>
      </CardHeader>
      {canEdit ? (
        <CardContent>
          <form
            className="grid gap-3 md:grid-cols-[12rem_12rem_auto]"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              save();
            }}
          >
            <HydratedFieldset disabled={isPending}>
              {FIELDS.map((field) => (
                <div key={field.name} className="flex flex-col gap-1">
                  <Label htmlFor={`retention-${field.name}`}>{t(field.label)}</Label>
                  <Input
                    id={`retention-${field.name}`}
                    inputMode="numeric"
                    value={values[field.name]}
                    aria-describedby={`retention-${field.name}-error`}
                    onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
                  />
                  <FieldError id={`retention-${field.name}-error`} messages={fieldErrors[field.name]} />
                </div>
              ))}
              <div className="flex items-end">
                <Button type="submit" size="sm">
                  {t("save")}
                </Button>
              </div>
            </HydratedFieldset>
          </form>
        </CardContent>
      ) : null}
    </Card>
  );
}
