import Link from "next/link";
import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/recordings/local-time";
import { Badge } from "@/components/ui/badge";
import type { CallbackEventDto } from "@/lib/callbacks/types";
import { REFUSAL_REASONS, type RefusalReason } from "@/lib/callbacks/refusal-reason";
import { useMessageText } from "@/lib/i18n/use-message-text";

const isRefusalReason = (reason: string): reason is RefusalReason =>
  (REFUSAL_REASONS as readonly string[]).includes(reason);

/** Where a group of refusals came from, how often, and the request headers of the latest. */
function RefusalFacts({
  event,
  refusal,
}: {
  event: CallbackEventDto;
  refusal: NonNullable<CallbackEventDto["refusal"]>;
}) {
  const t = useTranslations("callbacks");
  const headers = Object.entries(refusal.headers);
  // The stored word stays as it is (refusals are grouped by it); its meaning is said beside it.
  const reason = refusal.reason;
  return (
    <dl className="grid grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-1" aria-label={t("item.refusalDetails")}>
      <dt className="text-muted-foreground">{t("item.from")}</dt>
      <dd className="font-mono text-xs break-all">{refusal.source ?? t("item.unknown")}</dd>
      <dt className="text-muted-foreground">{t("item.reason")}</dt>
      <dd className="font-mono text-xs">
        {reason === null
          ? t("item.unknown")
          : isRefusalReason(reason)
            ? t("item.reasonValue", { reason, description: t(`refusalReasons.${reason}`) })
            : reason}
      </dd>
      <dt className="text-muted-foreground">{t("item.refused")}</dt>
      <dd className="text-xs">
        {t.rich("item.refusedSpan", {
          count: String(event.deliveries),
          from: () => <LocalTime iso={event.receivedAt} />,
          to: () => <LocalTime iso={event.lastDeliveredAt} />,
        })}
      </dd>
      {headers.map(([name, value]) => (
        <div key={name} className="contents">
          <dt className="text-muted-foreground">{name}</dt>
          <dd className="font-mono text-xs break-all">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** One delivery: a summary line, and on opening what Tencent sent, decoded, plus the raw body. */
export function CallbackEventItem({ event }: { event: CallbackEventDto }) {
  const t = useTranslations("callbacks.item");
  const messageText = useMessageText();
  const keptBytes = new TextEncoder().encode(event.rawBody).length;
  const isCut = (event.refusal?.bodyBytes ?? 0) > keptBytes;
  const family = event.family === "css" ? "CSS" : "TRTC";
  return (
    <li className="rounded-lg border border-border bg-card" data-testid="callback-event">
      <details>
        <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 text-sm">
          {event.signatureValid ? (
            <Badge variant="success">{t("valid")}</Badge>
          ) : (
            <Badge variant="destructive">{t("invalid")}</Badge>
          )}
          <span className="font-medium">
            {event.eventType ?? "?"} · {messageText(event.eventName)}
          </span>
          <span className="font-mono text-xs text-muted-foreground">
            {event.streamId ?? event.family.toUpperCase()}
          </span>
          <span className="ml-auto text-xs text-muted-foreground">
            <LocalTime iso={event.receivedAt} />
            {event.deliveries > 1 ? t("delivered", { count: String(event.deliveries) }) : ""}
          </span>
        </summary>
        <div className="flex flex-col gap-3 border-t border-border px-4 py-3 text-sm">
          {event.problem ? <p className="text-destructive">{t("refusedProblem", { problem: event.problem })}</p> : null}
          {event.refusal ? <RefusalFacts event={event} refusal={event.refusal} /> : null}
          {event.decoded.length > 0 ? (
            <dl className="grid grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-1">
              {event.decoded.map((field) => {
                const value = field.isValueMessage ? messageText(field.value) : field.value;
                return (
                  <div key={field.label} className="contents">
                    <dt className="text-muted-foreground">{messageText(field.label)}</dt>
                    <dd className="font-mono text-xs break-all">
                      {field.href ? (
                        <Link href={field.href} className="text-primary underline-offset-4 hover:underline">
                          {value}
                        </Link>
                      ) : (
                        value
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          ) : null}
          <div>
            <p className="mb-1 text-xs text-muted-foreground">
              {event.sdkAppId !== null
                ? t("rawBodyWithApp", { sdkAppId: String(event.sdkAppId), family })
                : t("rawBody", { family })}
            </p>
            <pre className="max-h-72 overflow-auto rounded-md bg-muted p-3 text-xs break-all whitespace-pre-wrap">
              {event.rawBody || t("notKept")}
              {isCut ? t("cut", { kept: String(keptBytes), total: String(event.refusal?.bodyBytes ?? 0) }) : ""}
            </pre>
          </div>
        </div>
      </details>
    </li>
  );
}
