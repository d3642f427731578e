import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/layout/page-header";
import { RoomDetailClient } from "@/components/rooms/room-detail-client";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { loadRoomPage } from "@/lib/data/rooms/room-page";
import { getDb } from "@/lib/db";
import { roomIdSchema } from "@/lib/schemas/room";

export const metadata: Metadata = { title: "Room" };
export const dynamic = "force-dynamic";

export default async function RoomPage(props: { params: Promise<{ roomId: string }> }) {
  const user = await requirePageUser("viewer");
  const roomId = roomIdSchema.safeParse((await props.params).roomId);
  if (!roomId.success) notFound();
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const canOperate = hasRole(user.role, "operator");
  const { state, ...data } = await loadRoomPage(db, application, roomId.data, canOperate);
  return (
    <>
      <PageHeader
        title={`Room ${roomId.data}`}
        description={
          <>
            Its users and recordings in {application.name}.{" "}
            <Link href="/rooms" className="text-primary hover:underline">
              All rooms
            </Link>
          </>
        }
      />
      <HydrationBoundary state={state}>
        <RoomDetailClient
          roomId={roomId.data}
          samples={data.samples}
          setup={{
            ...data.defaults,
            sdkAppId: application.sdkAppId,
            generation: application.generation,
            canOperate,
          }}
        />
      </HydrationBoundary>
    </>
  );
}
