"use client";
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

const kept = (days: number) => (days === 0 ? "for good" : days === 1 ? "1 day" : `${days} days`);

const FIELDS = [
  { name: "verifiedRetentionDays", label: "Verified events, days" },
  { name: "refusedRetentionDays", label: "Refused deliveries, days" },
] as const;

/**
 * How long the inbox keeps what it received, from each entry's last delivery. Everyone sees it;
 * only an admin changes it (the action checks the role again on the server).
 */
export function InboxRetentionCard({ retention, canEdit }: { retention: InboxRetentionView; canEdit: boolean }) {
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
        toast.success("Inbox retention saved");
        router.refresh();
      } else if (!result.error.fieldErrors) toast.error(result.error.message);
    });
  }

  return (
    <Card aria-labelledby="inbox-retention-title">
      <CardHeader>
        <CardTitle id="inbox-retention-title">Inbox retention</CardTitle>
        <CardDescription data-testid="inbox-retention-summary">
          Verified events are kept {kept(retention.verifiedRetentionDays)}, refused deliveries{" "}
          {kept(retention.refusedRetentionDays)}, from their last delivery; an hourly pass deletes older ones. Refusals
          are kept per source address and reason, with a count and the latest one&apos;s first 4 KB.
          {retention.updatedByEmail ? ` Set by ${retention.updatedByEmail}.` : ""}
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
                  <Label htmlFor={`retention-${field.name}`}>{field.label}</Label>
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
                  Save retention
                </Button>
              </div>
            </HydratedFieldset>
          </form>
        </CardContent>
      ) : null}
    </Card>
  );
}
