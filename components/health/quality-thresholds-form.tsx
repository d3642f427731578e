"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { HydratedFieldset } from "@/components/ui/hydrated-fieldset";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { useToast } from "@/components/ui/toaster";
import { resetQualityThresholds, saveQualityThresholds } from "@/lib/actions/health-quality/save-quality-thresholds";
import type { ActionResult } from "@/lib/actions/result";
import type { QualityThresholdField, QualityThresholdKey } from "@/lib/actions/health-quality/threshold-fields";
import type { QualityThresholds } from "@/lib/health/quality/thresholds";
import { useMessageText } from "@/lib/i18n/use-message-text";

export interface QualityThresholdValue extends QualityThresholdField {
  value: number;
}

type ThresholdTexts = Record<QualityThresholdKey, string>;

/** What the inputs hold; `fields` names every threshold (they are QUALITY_THRESHOLD_FIELDS). */
const textOf = (fields: readonly QualityThresholdValue[], valueOf: (field: QualityThresholdValue) => number) =>
  Object.fromEntries(fields.map((field) => [field.key, String(valueOf(field))])) as ThresholdTexts;

/**
 * The quality check's thresholds: an admin edits them (the actions check the role again on the
 * server, which also validates: the field errors come from there); everyone else reads them.
 */
export function QualityThresholdsForm({ fields, canEdit }: { fields: QualityThresholdValue[]; canEdit: boolean }) {
  const t = useTranslations("health.thresholds");
  const messageText = useMessageText();
  const router = useRouter();
  const toast = useToast();
  const withUnit = (value: number, unit: QualityThresholdValue["unit"]) =>
    t("withUnit", { value: String(value), unit: t(`units.${unit}`) });
  const [values, setValues] = useState<ThresholdTexts>(() => textOf(fields, (field) => field.value));
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [formMessage, setFormMessage] = useState("");
  const [isPending, startTransition] = useTransition();

  if (!canEdit) {
    return (
      <dl className="grid grid-cols-[auto_1fr] gap-x-6 gap-y-1.5 text-sm" data-testid="quality-thresholds-values">
        {fields.map((field) => (
          <div key={field.key} className="contents">
            <dt className="text-muted-foreground">{t(`fields.${field.key}.label`)}</dt>
            <dd className="tabular-nums">
              {field.value !== field.defaultValue
                ? t("valueWithDefault", {
                    value: withUnit(field.value, field.unit),
                    default: withUnit(field.defaultValue, field.unit),
                  })
                : withUnit(field.value, field.unit)}
            </dd>
          </div>
        ))}
      </dl>
    );
  }

  function submit(run: () => Promise<ActionResult<QualityThresholds>>, done: string) {
    startTransition(async () => {
      const result = await run();
      setFieldErrors(result.ok ? {} : (result.error.fieldErrors ?? {}));
      if (result.ok) {
        setValues(textOf(fields, (field) => result.data[field.key]));
        setFormMessage(done);
        toast.success(done);
        router.refresh();
        return;
      }
      const message = result.error.fieldErrors ? t("seeFields") : messageText(result.error.message);
      setFormMessage(message);
      if (!result.error.fieldErrors) toast.error(message);
    });
  }

  return (
    <form
      className="flex flex-col gap-4"
      noValidate
      aria-label={t("formLabel")}
      data-testid="quality-thresholds-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit(() => saveQualityThresholds(values), t("saved"));
      }}
    >
      <HydratedFieldset disabled={isPending}>
        <div className="grid gap-4 sm:grid-cols-2">
          {fields.map((field) => {
            const id = `quality-threshold-${field.key}`;
            const errors = fieldErrors[field.key];
            return (
              <div key={field.key} className="flex flex-col gap-1">
                <Label htmlFor={id}>
                  {t("inputLabel", { label: t(`fields.${field.key}.label`), unit: t(`units.${field.unit}`) })}
                </Label>
                <Input
                  id={id}
                  name={field.key}
                  // Phones' decimal keypads have no minus sign, which a level in dBFS needs.
                  inputMode={field.min < 0 ? "text" : "decimal"}
                  value={values[field.key]}
                  aria-invalid={errors ? true : undefined}
                  aria-describedby={`${id}-hint ${id}-error`}
                  onChange={(event) => setValues((current) => ({ ...current, [field.key]: event.target.value }))}
                />
                <p id={`${id}-hint`} className="text-xs text-muted-foreground">
                  {t("hint", {
                    hint: t(`fields.${field.key}.hint`),
                    default: withUnit(field.defaultValue, field.unit),
                    min: String(field.min),
                    max: String(field.max),
                  })}
                </p>
                <FieldError id={`${id}-error`} messages={errors} />
              </div>
            );
          })}
        </div>
        <p role="status" aria-live="polite" className="text-sm text-muted-foreground empty:hidden">
          {formMessage}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button
            variant="outline"
            disabled={isPending}
            data-testid="quality-thresholds-reset"
            onClick={() => submit(() => resetQualityThresholds({}), t("wereReset"))}
          >
            {t("reset")}
          </Button>
          <Button type="submit" disabled={isPending} data-testid="quality-thresholds-save">
            {isPending ? t("saving") : t("save")}
          </Button>
        </div>
      </HydratedFieldset>
    </form>
  );
}
