"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { LocalTime } from "@/components/recordings/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { generateTrtcCallbackKey } from "@/lib/actions/settings/generate-trtc-callback-key";
import { rotateTrtcCallbackKey } from "@/lib/actions/settings/rotate-trtc-callback-key";
import type { NewTrtcCallbackKey } from "@/lib/callbacks/trtc-callback-key-schema";
import type { TrtcCallbackOverview } from "@/lib/data/callbacks/trtc-callback-overview";
import { useActionMutation } from "@/components/hooks/use-action-mutation";
import { TENCENT_LINKS } from "@/lib/schemas/application-constants";

const ROOM_EVENTS_DOC = "https://trtc.io/document/39558";

function LastEvent({ iso, testId }: { iso: string | null; testId: string }) {
  return (
    <dd data-testid={testId}>
      {iso ? <LocalTime iso={iso} /> : <span className="font-medium text-destructive">never</span>}
    </dd>
  );
}

/** The new key, shown this once: the console keeps it but never shows it again. */
function NewKeyNotice({ created }: { created: NewTrtcCallbackKey }) {
  return (
    <Alert variant="info" className="flex flex-col gap-2" data-testid="new-trtc-key-notice">
      <Label htmlFor="new-trtc-key">New TRTC callback key</Label>
      <Input
        id="new-trtc-key"
        readOnly
        value={created.key}
        className="font-mono"
        onFocus={(event) => event.target.select()}
      />
      <p>
        Copy it into TRTC&apos;s console now (both callbacks): it is shown only this once.
        {created.previousKeyValidUntil ? (
          <>
            {" "}
            The previous key keeps verifying until <LocalTime iso={created.previousKeyValidUntil} />.
          </>
        ) : null}
      </p>
    </Alert>
  );
}

/**
 * One application's TRTC callbacks (room and media events, cloud-recording events): the URLs and
 * key to give TRTC's console, which only admins set, and when each callback last got through.
 */
export function TrtcCallbacksCard({
  appName,
  overview,
  isAdmin,
}: {
  appName: string;
  overview: TrtcCallbackOverview;
  isAdmin: boolean;
}) {
  const router = useRouter();
  const [created, setCreated] = useState<NewTrtcCallbackKey | null>(null);
  const onSuccess = { invalidates: [], successMessage: () => "New TRTC callback key made: copy it now" };
  const generate = useActionMutation({ action: generateTrtcCallbackKey, ...onSuccess });
  const rotate = useActionMutation({ action: rotateTrtcCallbackKey, ...onSuccess });
  const isPending = generate.isPending || rotate.isPending;

  async function handleNewKey(action: typeof generate) {
    const result = await action.mutateAsync({ sdkAppId: overview.sdkAppId });
    if (!result.ok) return;
    setCreated(result.data);
    router.refresh();
  }

  return (
    <Card data-testid="trtc-callbacks-card">
      <CardHeader>
        <CardTitle>TRTC callbacks</CardTitle>
        <CardDescription>
          TRTC posts {appName}&apos;s room and media events (who is in a room, who publishes what) and its
          cloud-recording events (301–312) to this console, signed with a key of the app&apos;s own, not the CSS
          callback key. Set both URLs and the key in TRTC&apos;s console (Application management → the app → Callback
          configuration);{" "}
          <a href={TENCENT_LINKS.trtcApplications} className="text-primary underline" target="_blank" rel="noreferrer">
            open TRTC&apos;s console
          </a>{" "}
          ·{" "}
          <a href={ROOM_EVENTS_DOC} className="text-primary underline" target="_blank" rel="noreferrer">
            the events
          </a>
          . A change there takes effect after about 5 minutes.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4 text-sm">
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
          <dt className="text-muted-foreground">Room and media callback URL</dt>
          <dd className="font-mono text-xs break-all" data-testid="trtc-url-room-and-media">
            {overview.urls.roomAndMedia}
          </dd>
          <dt className="text-muted-foreground">Cloud-recording callback URL</dt>
          <dd className="font-mono text-xs break-all" data-testid="trtc-url-recording">
            {overview.urls.recording}
          </dd>
          <dt className="text-muted-foreground">Key</dt>
          <dd data-testid="trtc-key-state">
            {overview.hasKey
              ? "Set (never shown again; rotate to get a new one)."
              : "None: this app's TRTC events are refused until a key is made here and given to TRTC's console."}
            {overview.previousKeyValidUntil ? (
              <span className="block text-muted-foreground">
                The previous key also verifies until <LocalTime iso={overview.previousKeyValidUntil} />.
              </span>
            ) : null}
          </dd>
          <dt className="text-muted-foreground">Last room or media event</dt>
          <LastEvent iso={overview.lastEvents.roomAndMedia} testId="trtc-last-room-and-media" />
          <dt className="text-muted-foreground">Last cloud-recording event</dt>
          <LastEvent iso={overview.lastEvents.recording} testId="trtc-last-recording" />
        </dl>
        {overview.lastEvents.roomAndMedia === null && overview.lastEvents.recording === null ? (
          <p className="text-muted-foreground">
            No verified TRTC event of this app has reached the console yet: check the URLs and the key in TRTC&apos;s
            console, and that the URL is reachable from the internet (https).
          </p>
        ) : null}
        {created ? <NewKeyNotice created={created} /> : null}
        {isAdmin ? (
          <div className="flex justify-end">
            {overview.hasKey ? (
              <ConfirmDialog
                title="Rotate the TRTC callback key?"
                description={`A new key is made and shown once. The current key keeps verifying for ${overview.graceHours} hours: paste the new one into TRTC's console within that time.`}
                confirmLabel="Rotate"
                isPending={isPending}
                onConfirm={() => void handleNewKey(rotate)}
                trigger={(open) => (
                  <Button variant="outline" onClick={open} disabled={isPending}>
                    {isPending ? "Making a key…" : "Rotate the TRTC key"}
                  </Button>
                )}
              />
            ) : (
              <Button onClick={() => void handleNewKey(generate)} disabled={isPending}>
                {isPending ? "Making a key…" : "Make a TRTC key"}
              </Button>
            )}
          </div>
        ) : (
          <p className="text-muted-foreground">Admins make and rotate this key.</p>
        )}
      </CardContent>
    </Card>
  );
}
