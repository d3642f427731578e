import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/layout/page-header";
import { ChangePasswordForm } from "@/components/users/change-password-form";
import { requirePageUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("users.account");
  return { title: t("title") };
}

export const dynamic = "force-dynamic";

export default async function AccountPage() {
  const user = await requirePageUser("viewer");
  const [t, tCommon] = await Promise.all([getTranslations("users.account"), getTranslations("common")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("signedInAs", { email: user.email, role: tCommon(`roles.${user.role}`) })}
      />
      <ChangePasswordForm />
    </>
  );
}
