import Link from "next/link";
import { LocalTime } from "@/components/recordings/local-time";
import { Badge } from "@/components/ui/badge";
import type { CallbackEventDto } from "@/lib/callbacks/types";

/** Where a group of refusals came from, how often, and the request headers of the latest. */
function RefusalFacts({
  event,
  refusal,
}: {
  event: CallbackEventDto;
  refusal: NonNullable<CallbackEventDto["refusal"]>;
}) {
  const headers = Object.entries(refusal.headers);
  return (
    <dl className="grid grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-1" aria-label="Refusal details">
      <dt className="text-muted-foreground">From</dt>
      <dd className="font-mono text-xs break-all">{refusal.source ?? "unknown"}</dd>
      <dt className="text-muted-foreground">Reason</dt>
      <dd className="font-mono text-xs">{refusal.reason ?? "unknown"}</dd>
      <dt className="text-muted-foreground">Refused</dt>
      <dd className="text-xs">
        {event.deliveries}× from <LocalTime iso={event.receivedAt} /> to <LocalTime iso={event.lastDeliveredAt} />
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
  const keptBytes = new TextEncoder().encode(event.rawBody).length;
  const isCut = (event.refusal?.bodyBytes ?? 0) > keptBytes;
  return (
    <li className="rounded-lg border border-border bg-card" data-testid="callback-event">
      <details>
        <summary className="flex cursor-pointer flex-wrap items-center gap-x-3 gap-y-1 px-4 py-3 text-sm">
          {event.signatureValid ? <Badge variant="success">Valid</Badge> : <Badge variant="destructive">Invalid</Badge>}
          <span className="font-medium">
            {event.eventType ?? "?"} · {event.eventName}
          </span>
          <span className="font-mono text-xs text-muted-foreground">
            {event.streamId ?? event.family.toUpperCase()}
          </span>
          <span className="ml-auto text-xs text-muted-foreground">
            <LocalTime iso={event.receivedAt} />
            {event.deliveries > 1 ? ` · delivered ${event.deliveries}×` : ""}
          </span>
        </summary>
        <div className="flex flex-col gap-3 border-t border-border px-4 py-3 text-sm">
          {event.problem ? <p className="text-destructive">Refused: {event.problem}</p> : null}
          {event.refusal ? <RefusalFacts event={event} refusal={event.refusal} /> : null}
          {event.decoded.length > 0 ? (
            <dl className="grid grid-cols-[minmax(10rem,auto)_1fr] gap-x-4 gap-y-1">
              {event.decoded.map((field) => (
                <div key={field.label} className="contents">
                  <dt className="text-muted-foreground">{field.label}</dt>
                  <dd className="font-mono text-xs break-all">
                    {field.href ? (
                      <Link href={field.href} className="text-primary underline-offset-4 hover:underline">
                        {field.value}
                      </Link>
                    ) : (
                      field.value
                    )}
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
          <div>
            <p className="mb-1 text-xs text-muted-foreground">
              Raw body{event.sdkAppId !== null ? ` · SdkAppId ${event.sdkAppId}` : ""} ·{" "}
              {event.family === "css" ? "CSS" : "TRTC"}
            </p>
            <pre className="max-h-72 overflow-auto rounded-md bg-muted p-3 text-xs break-all whitespace-pre-wrap">
              {event.rawBody || "(not kept)"}
              {isCut ? `\n… (the first ${keptBytes} of ${event.refusal?.bodyBytes} bytes)` : ""}
            </pre>
          </div>
        </div>
      </details>
    </li>
  );
}
