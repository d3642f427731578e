import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LoginForm } from "@/components/auth/login-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("signIn");
  return { title: t("pageTitle") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const [{ callbackUrl }, t, tCommon] = await Promise.all([
    searchParams,
    getTranslations("signIn"),
    getTranslations("common"),
  ]);
  // Only same-site paths: an absolute callbackUrl would make the login page an open redirect.
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-xl font-semibold">{tCommon("appName")}</h1>
        <p className="mb-6 text-sm text-muted-foreground">{t("subtitle")}</p>
        <LoginForm callbackUrl={safeCallback} />
      </div>
    </main>
  );
}
