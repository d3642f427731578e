import { eq } from "drizzle-orm";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import { AutoJoinToggle } from "./auto-join-toggle";

/** The app's choice of joining split recordings by itself (VOD's EditMedia), on the Health page. */
export async function SplitFilesSection({ db, sdkAppId, canChange }: { db: Db; sdkAppId: number; canChange: boolean }) {
  const [row] = await db
    .select({ autoJoin: applications.autoJoinSplitFiles })
    .from(applications)
    .where(eq(applications.sdkAppId, sdkAppId));
  return (
    <Card>
      <CardHeader>
        <CardTitle>Split recordings</CardTitle>
        <CardDescription>
          A recording split by the maximum file length, an interruption longer than the resume timeout or a failover has
          several pieces: its page lists them and joins them into one file with VOD&apos;s media editing (EditMedia,
          billed by VOD as video editing).
        </CardDescription>
      </CardHeader>
      <CardContent>
        <AutoJoinToggle isEnabled={row?.autoJoin ?? false} canChange={canChange} />
      </CardContent>
    </Card>
  );
}
