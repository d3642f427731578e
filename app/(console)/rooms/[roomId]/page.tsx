import { HydrationBoundary } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { RoomDetailClient } from "@/components/rooms/room-detail-client";
import { getCurrentApplication } from "@/lib/data/applications/current-application";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { loadRoomPage } from "@/lib/data/rooms/room-page";
import { getDb } from "@/lib/db";
import { roomIdSchema } from "@/lib/schemas/room";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rooms.page"))("roomMetaTitle") };
}
export const dynamic = "force-dynamic";

export default async function RoomPage(props: { params: Promise<{ roomId: string }> }) {
  const user = await requirePageUser("viewer");
  const roomId = roomIdSchema.safeParse((await props.params).roomId);
  if (!roomId.success) notFound();
  const db = await getDb();
  const application = await getCurrentApplication(db);
  const canOperate = hasRole(user.role, "operator");
  const { state, ...data } = await loadRoomPage(db, application, roomId.data, canOperate);
  const t = await getTranslations("rooms.page");
  return (
    <>
      <PageHeader
        title={t("roomTitle", { roomId: roomId.data })}
        description={t.rich("roomDescription", {
          application: application.name,
          link: (chunks) => (
            <Link href="/rooms" className="text-primary hover:underline">
              {chunks}
            </Link>
          ),
        })}
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
