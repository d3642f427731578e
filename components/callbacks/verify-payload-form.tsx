"use client";
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

/** Paste a payload and its signature fields: would the receiver accept it with the current key? */
export function VerifyPayloadForm({ sdkAppId }: { sdkAppId: number }) {
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
        <CardTitle>Check a payload</CardTitle>
        <CardDescription>
          For CSS events the signature is in the body (<code>t</code>, <code>sign</code>), made with the CSS callback
          key; for TRTC events it is the <code>Sign</code> header, made with the app&apos;s TRTC callback key, and{" "}
          <code>CallbackTs</code> must be under 10 minutes old. Nothing is stored.
        </CardDescription>
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
              <Label htmlFor="verify-family">Kind</Label>
              <Select
                id="verify-family"
                value={family}
                onChange={(event) => setFamily(event.target.value === "trtc" ? "trtc" : "css")}
              >
                <option value="css">CSS (events 100, 332)</option>
                <option value="trtc">TRTC (events 101–105, 201–206, 301–312)</option>
              </Select>
            </div>
            {family === "trtc" ? (
              <>
                <div className="flex flex-col gap-1.5">
                  <Label htmlFor="verify-sign">Sign header</Label>
                  <Input id="verify-sign" value={signHeader} onChange={(event) => setSignHeader(event.target.value)} />
                </div>
                <div className="flex flex-col gap-1.5">
                  <Label htmlFor="verify-sdkappid">SdkAppId header</Label>
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
            <Label htmlFor="verify-body">Body</Label>
            <Textarea
              id="verify-body"
              value={body}
              onChange={(event) => setBody(event.target.value)}
              rows={6}
              aria-invalid={error?.fieldErrors?.body ? true : undefined}
              aria-describedby="verify-body-error"
              placeholder='{"event_type":100,"appname":"trtc_1400000123","t":…,"sign":"…"}'
            />
            <FieldError id="verify-body-error" messages={error?.fieldErrors?.body} />
          </div>
          <div className="flex items-center justify-end gap-3">
            <Button type="submit" variant="secondary" disabled={isPending}>
              {isPending ? "Checking…" : "Check signature"}
            </Button>
          </div>
          {verdict ? (
            verdict.valid ? (
              <Alert>
                {family === "trtc"
                  ? "This payload verifies with the app's TRTC callback key."
                  : "This payload verifies with the current callback key."}
              </Alert>
            ) : (
              <Alert variant="destructive">Does not verify: {verdict.problem}</Alert>
            )
          ) : null}
          {error && !error.fieldErrors ? <Alert variant="destructive">{error.message}</Alert> : null}
        </form>
      </CardContent>
    </Card>
  );
}
