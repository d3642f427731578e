import type { Metadata } from "next";
import { Suspense } from "react";
import { PageHeader } from "@/components/layout/page-header";
import { RecordingsClient } from "@/components/recordings/recordings-client";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listSubApplications } from "@/lib/data/settings/sub-applications";

export const metadata: Metadata = { title: "Recordings" };
export const dynamic = "force-dynamic";

export default async function RecordingsPage() {
  const user = await requirePageUser("viewer");
  // The sub-application choice is a convenience: the library works without it (the main app).
  const subApplications = await listSubApplications().catch(() => []);
  return (
    <>
      <PageHeader
        title="Recordings"
        description="Recordings of the selected application in VOD: search, play, download and delete them."
      />
      <Suspense>
        <RecordingsClient canDelete={hasRole(user.role, "operator")} subApplications={subApplications} />
      </Suspense>
    </>
  );
}
