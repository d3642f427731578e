import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { RoomsClient } from "@/components/rooms/rooms-client";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listSampleClips } from "@/lib/data/rooms/samples";

export const metadata: Metadata = { title: "Rooms" };
export const dynamic = "force-dynamic";

export default async function RoomsPage() {
  const user = await requirePageUser("viewer");
  const canOperate = hasRole(user.role, "operator");
  const samples = canOperate ? await listSampleClips() : [];
  return (
    <>
      <PageHeader
        title="Rooms"
        description="Live rooms of this application, who is in them and what each publishes, as TRTC's room and media events tell the console."
      />
      <RoomsClient canOperate={canOperate} samples={samples} />
    </>
  );
}
