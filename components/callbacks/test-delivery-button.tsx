"use client";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { sendTestCallback } from "@/lib/actions/callbacks/send-test-callback";
import type { TestDeliveryResult } from "@/lib/callbacks/test-delivery/post-sample";
import type { TestCallbackKind } from "@/lib/callbacks/test-delivery/sample-event";
import { useMessageText } from "@/lib/i18n/use-message-text";

/** Must match BODY_EXCERPT_CHARACTERS (post-sample.ts, server-side): how much of the answer is shown. */
const EXCERPT_LIMIT = 300;

/** Who sent the test: the local cloud, with what it holds, or this console, Tencent having no test API. */
function SentBy({ answer }: { answer: TestDeliveryResult }) {
  const t = useTranslations("callbacks.testDelivery");
  return (
    <p className="text-xs text-muted-foreground" data-testid="test-delivery-sent-by" data-sent-by={answer.sentBy}>
      {t(answer.sentBy === "localCloud" ? "sentByLocalCloud" : "sentByConsole", { url: answer.url })}
    </p>
  );
}

function AnswerView({ answer }: { answer: TestDeliveryResult }) {
  const t = useTranslations("callbacks.testDelivery");
  const messageText = useMessageText();
  if (!answer.isAnswered) {
    return (
      <Alert variant="destructive" className="flex flex-col gap-1">
        <p>{t("noAnswer", { ms: String(answer.latencyMs), problem: messageText(answer.problem) })}</p>
        <SentBy answer={answer} />
      </Alert>
    );
  }
  return (
    <Alert variant={answer.isAccepted ? "default" : "destructive"} className="flex flex-col gap-1">
      <SentBy answer={answer} />
      <p>
        {t("result", { status: String(answer.status), ms: String(answer.latencyMs) })}{" "}
        {answer.isAccepted
          ? t(answer.isOwnReceiver ? "acceptedOwn" : "accepted")
          : t(answer.isOwnReceiver ? "refusedOwn" : "refused", { status: String(answer.status) })}
      </p>
      <p className="text-xs text-muted-foreground">{t("bodyExcerpt", { limit: String(EXCERPT_LIMIT) })}</p>
      <pre className="max-h-40 overflow-auto rounded bg-muted p-2 text-xs break-all whitespace-pre-wrap">
        {answer.bodyExcerpt || t("emptyBody")}
      </pre>
    </Alert>
  );
}

/** Sends the configured receiver a signed sample event of one kind and shows what it answered. */
export function TestDeliveryButton({ kind }: { kind: TestCallbackKind }) {
  const t = useTranslations("callbacks.testDelivery");
  const messageText = useMessageText();
  const [answer, setAnswer] = useState<TestDeliveryResult | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function handleSend() {
    startTransition(async () => {
      const result = await sendTestCallback({ kind });
      setAnswer(result.ok ? result.data : null);
      setError(result.ok ? null : result.error.message);
    });
  }

  return (
    <div className="mt-2 flex flex-col gap-2" data-testid={`test-delivery-${kind}`}>
      <div>
        <Button type="button" size="sm" variant="outline" onClick={handleSend} disabled={isPending}>
          {isPending ? t("sending") : t("send")}
        </Button>
      </div>
      <div aria-live="polite" className="flex flex-col gap-2 text-sm">
        {answer ? <AnswerView answer={answer} /> : null}
        {error ? <Alert variant="destructive">{messageText(error)}</Alert> : null}
      </div>
    </div>
  );
}
