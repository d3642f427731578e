import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { FileCallback } from "@/lib/data/callbacks/callbacks-for-file";
import { LocalTime } from "./local-time";

/** The callbacks the selected application received that name this file. */
export function RecordingCallbacks({ callbacks }: { callbacks: FileCallback[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Callbacks for this file</CardTitle>
        <CardDescription>
          Deliveries naming this FileId; all deliveries are in the <Link href="/callbacks">callback inbox</Link>.
        </CardDescription>
      </CardHeader>
      <CardContent>
        {callbacks.length === 0 ? (
          <p className="text-sm text-muted-foreground">None received.</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm" aria-label="Callbacks for this file">
            {callbacks.map((callback) => (
              <li key={callback.id} className="flex flex-wrap items-center gap-2" data-testid="file-callback">
                {callback.signatureValid ? (
                  <Badge variant="success">Valid</Badge>
                ) : (
                  <Badge variant="destructive">Invalid</Badge>
                )}
                {callback.eventType} · {callback.eventName}
                <span className="text-xs text-muted-foreground">
                  <LocalTime iso={callback.receivedAt} />
                  {callback.deliveries > 1 ? ` · delivered ${callback.deliveries}×` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
