import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { CreateUserForm } from "@/components/users/create-user-form";
import { UsersTable } from "@/components/users/users-table";
import { requirePageUser } from "@/lib/auth/session";
import { listConsoleUsers } from "@/lib/data/users/users";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const admin = await requirePageUser("admin");
  const users = await listConsoleUsers();
  return (
    <>
      <PageHeader
        title="Users"
        description="Admins manage users and applications; operators start and stop recordings, add participants, delete recordings and change settings; viewers read and play."
      />
      <div className="flex flex-col gap-6">
        <CreateUserForm />
        <UsersTable users={users} currentUserId={admin.id} />
      </div>
    </>
  );
}
