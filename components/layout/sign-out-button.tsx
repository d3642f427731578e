"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

/** next-auth's client library (about 14 kB gzip) is fetched on the click, not with every page. */
async function signOutToLogin(): Promise<void> {
  const { signOut } = await import("next-auth/react");
  await signOut({ callbackUrl: "/login" });
}

export function SignOutButton() {
  const t = useTranslations("common");
  return (
    <Button
      variant="ghost"
      size="sm"
      className="w-full justify-start text-sidebar-muted hover:bg-sidebar-accent hover:text-sidebar-foreground"
      onClick={() => void signOutToLogin()}
    >
      {t("signOut")}
    </Button>
  );
}
