import type { Metadata } from "next";
import { PageHeader } from "@/components/layout/page-header";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requirePageUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requirePageUser("viewer");
  return (
    <>
      <PageHeader title="Your account" description={`Signed in as ${user.email} (${user.role}).`} />
      <ChangePasswordForm />
    </>
  );
}
