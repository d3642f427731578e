import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { RoomsClient } from "@/components/rooms/rooms-client";
import { hasRole } from "@/lib/auth/roles";
import { requirePageUser } from "@/lib/auth/session";
import { listSampleClips } from "@/lib/data/rooms/samples";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("rooms.page"))("title") };
}
export const dynamic = "force-dynamic";

export default async function RoomsPage() {
  const user = await requirePageUser("viewer");
  const canOperate = hasRole(user.role, "operator");
  const samples = canOperate ? await listSampleClips() : [];
  const t = await getTranslations("rooms.page");
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <RoomsClient canOperate={canOperate} samples={samples} />
    </>
  );
}
