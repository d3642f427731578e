"use client";
import { useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { messagesOf, type SettingsForm } from "./form-types";

const KEY_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

/** 32 letters and digits from the browser's CSPRNG: the longest key Tencent accepts. */
function generateKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return Array.from(bytes, (byte) => KEY_ALPHABET[byte % KEY_ALPHABET.length]).join("");
}

export function CallbackCard({
  form,
  hasStoredKey,
  suggestedUrl,
}: {
  form: SettingsForm;
  hasStoredKey: boolean;
  suggestedUrl: string;
}) {
  // Shown on request only: a new key is typed or generated here; a stored key never comes back.
  const [isKeyShown, setIsKeyShown] = useState(false);
  return (
    <Card>
      <CardHeader>
        <CardTitle>Recording callbacks</CardTitle>
        <CardDescription>
          The cloud posts an event for every recorded file to this URL, signed with the key. This console receives them
          at <code className="text-xs">{suggestedUrl}</code>.
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4 md:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="settings-callback-url">Callback URL</Label>
          <Input
            id="settings-callback-url"
            type="url"
            placeholder={suggestedUrl}
            aria-invalid={form.formState.errors.callbackUrl ? true : undefined}
            aria-describedby="settings-callbackUrl-error"
            {...form.register("callbackUrl")}
          />
          <FieldError id="settings-callbackUrl-error" messages={messagesOf(form, "callbackUrl")} />
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="settings-callback-key">Callback key</Label>
          <div className="flex gap-2">
            <Input
              id="settings-callback-key"
              type={isKeyShown ? "text" : "password"}
              autoComplete="off"
              placeholder={hasStoredKey ? "A key is set: leave empty to keep it" : "letters and digits, at most 32"}
              aria-invalid={form.formState.errors.callbackKey ? true : undefined}
              aria-describedby="settings-callbackKey-error"
              {...form.register("callbackKey")}
            />
            <Button type="button" variant="ghost" onClick={() => setIsKeyShown(!isKeyShown)}>
              {isKeyShown ? "Hide" : "Show"}
            </Button>
            <Button
              type="button"
              variant="outline"
              onClick={() => form.setValue("callbackKey", generateKey(), { shouldDirty: true, shouldValidate: true })}
            >
              Generate
            </Button>
          </div>
          <FieldError id="settings-callbackKey-error" messages={messagesOf(form, "callbackKey")} />
        </div>
      </CardContent>
    </Card>
  );
}
