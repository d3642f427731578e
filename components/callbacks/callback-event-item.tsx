import Link from "next/link";
import { LocalTime } from "@/components/recordings/local-time";
import { Badge } from "@/components/ui/badge";
import type { CallbackEventDto } from "@/lib/callbacks/types";

/** One delivery: a summary line, and on opening what Tencent sent, decoded, plus the raw body. */
export function CallbackEventItem({ event }: { event: CallbackEventDto }) {
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
            </pre>
          </div>
        </div>
      </details>
    </li>
  );
}
