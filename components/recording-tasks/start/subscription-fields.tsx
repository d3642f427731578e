"use client";
import { useTranslations } from "next-intl";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import type { Subscription } from "@/lib/schemas/task";

type Medium = "audio" | "video";
const MODES = ["all", "allow", "deny"] as const;

/**
 * SubscribeStreamUserIds as a person thinks of it: per medium, everyone, an allow list or a deny
 * list (the API takes one or the other). Controlled, so the modify form can reuse it.
 */
export function SubscriptionFields({
  idPrefix,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  value: Subscription;
  onChange: (subscription: Subscription) => void;
  errors: Record<string, string[]>;
}) {
  const t = useTranslations("recordingTasks.subscription");
  const medium = (name: Medium, label: string) => {
    const list = value[name];
    const set = (patch: Partial<Subscription[Medium]>) => onChange({ ...value, [name]: { ...list, ...patch } });
    const id = `${idPrefix}-${name}`;
    const messages = errors[`${name}.userIds`] ?? errors[name];
    return (
      <fieldset className="flex flex-col gap-2">
        <legend className="text-sm font-medium">{label}</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {MODES.map((mode) => (
            <label key={mode} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name={`${id}-mode`}
                className="size-4"
                checked={list.mode === mode}
                onChange={() => set({ mode })}
              />
              {t(`modes.${mode}`)}
            </label>
          ))}
        </div>
        {list.mode !== "all" ? (
          <div className="flex flex-col gap-1.5">
            <Label htmlFor={`${id}-users`}>{t("userIds", { medium: label })}</Label>
            <Input
              id={`${id}-users`}
              value={list.userIds}
              placeholder={t("placeholder")}
              aria-invalid={messages ? true : undefined}
              aria-describedby={`${id}-users-error`}
              onChange={(event) => set({ userIds: event.target.value })}
            />
            <FieldError id={`${id}-users-error`} messages={messages} />
          </div>
        ) : null}
      </fieldset>
    );
  };
  return (
    <div className="flex flex-col gap-3">
      <p className="text-xs text-muted-foreground">{t.rich("help", { code: (chunks) => <code>{chunks}</code> })}</p>
      <div className="grid gap-4 sm:grid-cols-2">
        {medium("audio", t("audioFrom"))}
        {medium("video", t("videoFrom"))}
      </div>
    </div>
  );
}
