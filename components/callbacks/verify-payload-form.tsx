"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FieldError } from "@/components/ui/field-error";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { verifyCallbackPayload } from "@/lib/actions/callbacks/verify-payload";
import type { ActionError } from "@/lib/actions/result";
import type { PayloadVerdict } from "@/lib/callbacks/payload-verdict";
import { useMessageText } from "@/lib/i18n/use-message-text";

/** A sample body: the same in every language. */
const BODY_PLACEHOLDER = '{"event_type":100,"appname":"trtc_1400000123","t":…,"sign":"…"}';

/** Paste a payload and its signature fields: would the receiver accept it with the current key? */
export function VerifyPayloadForm({ sdkAppId }: { sdkAppId: number }) {
  const t = useTranslations("callbacks");
  const messageText = useMessageText();
  const [family, setFamily] = useState<"css" | "trtc">("css");
  const [body, setBody] = useState("");
  const [signHeader, setSignHeader] = useState("");
  const [sdkAppIdHeader, setSdkAppIdHeader] = useState(String(sdkAppId));
  const [verdict, setVerdict] = useState<PayloadVerdict | null>(null);
  const [error, setError] = useState<ActionError | null>(null);
  const [isPending, startTransition] = useTransition();

  function verify() {
    startTransition(async () => {
      const result = await verifyCallbackPayload({ family, body, signHeader, sdkAppIdHeader });
      setVerdict(result.ok ? result.data : null);
      setError(result.ok ? null : result.error);
    });
  }

  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("verify.title")}</CardTitle>
        <CardDescription>{t.rich("verify.description", { code: (chunks) => <code>{chunks}</code> })}</CardDescription>
      </CardHeader>
      <CardContent>
        <form
          className="flex flex-col gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            verify();
          }}
          noValidate
        >
          <div className="grid gap-3 md:grid-cols-3">
            <div className="flex flex-col gap-1.5">
              <Label htmlFor="verify-family">{t("verify.kind")}</Label>
              <Select
                id="verify-family"
                value={family}
                onChange={(event) => setFamily(event.target.value === "trtc" ? "trtc" : "css")}
              >
                <option value="css">{t("verify.kindCss")}</option>
                <option value="trtc">{t("verify.kindTrtc")}</option>
              </Select>
            </div>
            {family === "trtc" ? (
              <>
                <div className="flex flex-col gap-1.5">
                  <Label htmlFor="verify-sign">{t("verify.signHeader")}</Label>
                  <Input id="verify-sign" value={signHeader} onChange={(event) => setSignHeader(event.target.value)} />
                </div>
                <div className="flex flex-col gap-1.5">
                  <Label htmlFor="verify-sdkappid">{t("verify.sdkAppIdHeader")}</Label>
                  <Input
                    id="verify-sdkappid"
                    value={sdkAppIdHeader}
                    onChange={(event) => setSdkAppIdHeader(event.target.value)}
                  />
                </div>
              </>
            ) : null}
          </div>
          <div className="flex flex-col gap-1.5">
            <Label htmlFor="verify-body">{t("verify.body")}</Label>
            <Textarea
              id="verify-body"
              value={body}
              onChange={(event) => setBody(event.target.value)}
              rows={6}
              aria-invalid={error?.fieldErrors?.body ? true : undefined}
              aria-describedby="verify-body-error"
              placeholder={BODY_PLACEHOLDER}
            />
            <FieldError id="verify-body-error" messages={error?.fieldErrors?.body} />
          </div>
          <div className="flex items-center justify-end gap-3">
            <Button type="submit" variant="secondary" disabled={isPending}>
              {isPending ? t("verify.checking") : t("verify.check")}
            </Button>
          </div>
          {verdict ? (
            verdict.valid ? (
              <Alert>{family === "trtc" ? t("verify.validTrtc") : t("verify.validCss")}</Alert>
            ) : (
              <Alert variant="destructive">
                {t("verify.invalid", {
                  problem: verdict.problem ?? "",
                  description: verdict.reason ? t(`refusalReasons.${verdict.reason}`) : "",
                })}
              </Alert>
            )
          ) : null}
          {error && !error.fieldErrors ? <Alert variant="destructive">{messageText(error.message)}</Alert> : null}
        </form>
      </CardContent>
    </Card>
  );
}
