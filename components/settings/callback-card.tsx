"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { TestDeliveryButton } from "@/components/callbacks/test-delivery-button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { callbackPairingWarning, type CallbackPairingWarning } from "@/lib/schemas/recording-limits";
import type { CallbackReceiver } from "@/lib/settings/callback-receiver";
import { messagesOf, type SettingsForm } from "./form-types";

const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** Each warning's message under settings.callbacks. */
const WARNING_KEYS = {
  ownReceiverNoKey: "warnOwnReceiverNoKey",
  noKey: "warnNoKey",
  storedKeyNoUrl: "warnStoredKeyNoUrl",
} as const satisfies Record<CallbackPairingWarning, string>;

/** 32 letters and digits from the browser's CSPRNG: the longest key Tencent accepts. */
function generateKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => KEY_ALPHABET[byte % KEY_ALPHABET.length]).join("");
}

export function CallbackCard({
  form,
  hasStoredKey,
  savedCallbackUrl,
  receiver,
  canSendTest = true,
}: {
  form: SettingsForm;
  hasStoredKey: boolean;
  /** The URL the console last saved ("" for none), to tell a prefilled receiver URL from a saved one. */
  savedCallbackUrl: string;
  receiver: CallbackReceiver;
  /**
   * Whether to offer a test event. The card sits in the settings form, whose fieldset is disabled
   * for viewers, and the action itself needs an operator, so it defaults to shown.
   */
  canSendTest?: boolean;
}) {
  const t = useTranslations("settings.callbacks");
  // Shown on request only: a new key is typed or generated here; a stored key never comes back.
  const [isKeyShown, setIsKeyShown] = useState(false);
  const [url = "", key = "", keepStoredKey = false] = useWatch({
    control: form.control,
    name: ["callbackUrl", "callbackKey", "keepStoredCallbackKey"],
  });
  const value = String(url).trim();
  const warning = callbackPairingWarning({
    callbackUrl: value,
    callbackKey: String(key),
    hasStoredKey: Boolean(keepStoredKey),
    ownReceiverUrl: receiver.url,
  });
  // What the URL field says about the console's own receiver: filled in (not saved yet), saved, or
  // why it is not offered.
  const hint = !receiver.isReachable
    ? value === "" || value === receiver.url
      ? t("receiverUnreachable", { url: receiver.url, host: receiver.host, reach: receiver.reach })
      : null
    : value === receiver.url
      ? t(savedCallbackUrl === receiver.url ? "ownReceiver" : "ownReceiverPrefilled")
      : null;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {t.rich("description", { url: receiver.url, code: (chunks) => <code className="text-xs">{chunks}</code> })}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="settings-callback-url">{t("url")}</Label>
          <Input
            id="settings-callback-url"
            type="url"
            aria-invalid={form.formState.errors.callbackUrl ? true : undefined}
            aria-describedby="settings-callback-url-hint settings-callback-warning settings-callbackUrl-error"
            {...form.register("callbackUrl")}
          />
          {hint ? (
            <p id="settings-callback-url-hint" className="text-xs text-muted-foreground">
              {hint}
            </p>
          ) : null}
          {warning ? (
            <p
              id="settings-callback-warning"
              role="status"
              className="rounded-md border border-warning bg-warning/10 px-2 py-1 text-xs"
              data-testid="callback-pairing-warning"
            >
              {t(WARNING_KEYS[warning])}
            </p>
          ) : null}
          <FieldError id="settings-callbackUrl-error" messages={messagesOf(form, "callbackUrl")} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="settings-callback-key">{t("key")}</Label>
          <div className="flex gap-2">
            <Input
              id="settings-callback-key"
              type={isKeyShown ? "text" : "password"}
              autoComplete="off"
              placeholder={hasStoredKey ? t("keyStored") : t("keyFormat")}
              aria-invalid={form.formState.errors.callbackKey ? true : undefined}
              aria-describedby="settings-callbackKey-error"
              {...form.register("callbackKey")}
            />
            <Button type="button" variant="ghost" onClick={() => setIsKeyShown(!isKeyShown)}>
              {isKeyShown ? t("hide") : t("show")}
            </Button>
            <Button
              type="button"
              variant="outline"
              onClick={() => form.setValue("callbackKey", generateKey(), { shouldDirty: true, shouldValidate: true })}
            >
              {t("generate")}
            </Button>
          </div>
          <FieldError id="settings-callbackKey-error" messages={messagesOf(form, "callbackKey")} />
        </div>
        {canSendTest ? (
          <div className="md:col-span-2">
            <p className="text-xs text-muted-foreground">{t("testNote")}</p>
            <TestDeliveryButton kind="css" />
          </div>
        ) : null}
      </CardContent>
    </Card>
  );
}
