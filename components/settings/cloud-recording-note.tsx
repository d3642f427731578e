import Link from "next/link";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { TENCENT_LINKS } from "@/lib/schemas/application";

/**
 * A cloud-recording app has no recording settings the console can set: its global
 * auto-recording and recording callbacks live in TRTC's console, and no public API sets them.
 */
export function CloudRecordingNote({ name }: { name: string }) {
  return (
    <Card data-testid="cloud-recording-note">
      <CardHeader>
        <CardTitle>{name} uses cloud recording</CardTitle>
        <CardDescription>
          Its rooms are recorded by cloud-recording tasks, or by global auto-recording if it is on in TRTC&apos;s
          console.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3 text-sm">
        <p>
          Global auto-recording (every anchor&apos;s streams, by the app&apos;s recording template) and the recording
          callback URL are set in TRTC&apos;s console (Application management → the app → On-cloud recording
          configuration): no public API sets them, so this console cannot show or change them.{" "}
          <a href={TENCENT_LINKS.trtcApplications} className="text-primary underline" target="_blank" rel="noreferrer">
            Open TRTC&apos;s console
          </a>{" "}
          ·{" "}
          <a
            href={TENCENT_LINKS.globalAutoRecording}
            className="text-primary underline"
            target="_blank"
            rel="noreferrer"
          >
            how global auto-recording works
          </a>
        </p>
        <p>
          To record a room from here, start a cloud-recording task on its page (Rooms); every task started here is
          listed under{" "}
          <Link href="/recordings/tasks" className="text-primary underline">
            Recording tasks
          </Link>
          . MCU mixes are relayed on this app, not recorded. If the app was created before 1 August 2022 it has legacy
          recording instead: change its recording generation under{" "}
          <Link href="/applications" className="text-primary underline">
            Applications
          </Link>
          .
        </p>
      </CardContent>
    </Card>
  );
}
