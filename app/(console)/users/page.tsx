import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UsersTable } from "@/components/users/users-table";
import { requirePageUser } from "@/lib/auth/session";
import { listConsoleUsers } from "@/lib/data/users/users";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.page");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const admin = await requirePageUser("admin");
  const [users, t] = await Promise.all([listConsoleUsers(), getTranslations("users.page")]);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")} />
      <div className="flex flex-col gap-6">
        <CreateUserForm />
        <UsersTable users={users} currentUserId={admin.id} />
      </div>
    </>
  );
}
