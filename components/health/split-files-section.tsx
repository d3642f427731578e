import { eq } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { Db } from "@/lib/db/open-database";
import { applications } from "@/lib/db/schema";
import { AutoJoinToggle } from "./auto-join-toggle";

/** The app's choice of joining split recordings by itself (VOD's EditMedia), on the Health page. */
export async function SplitFilesSection({ db, sdkAppId, canChange }: { db: Db; sdkAppId: number; canChange: boolean }) {
  const t = await getTranslations("health.splitFiles");
  const [row] = await db
    .select({ autoJoin: applications.autoJoinSplitFiles })
    .from(applications)
    .where(eq(applications.sdkAppId, sdkAppId));
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <AutoJoinToggle isEnabled={row?.autoJoin ?? false} canChange={canChange} />
      </CardContent>
    </Card>
  );
}
