import type { ReactNode } from "react";
import { AppSidebar } from "@/components/layout/app-sidebar";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { listApplications } from "@/lib/data/applications/list-applications";
import { requirePageUser } from "@/lib/auth/session";
import { getDb } from "@/lib/db";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser("viewer");
  const db = await getDb();
  const [applications, current] = await Promise.all([listApplications(db), getCurrentApplication(db)]);
  return (
    <div className="flex min-h-screen">
      <AppSidebar user={user} applications={applications} currentSdkAppId={current.sdkAppId} />
      <main className="min-w-0 flex-1 p-8">{children}</main>
    </div>
  );
}
