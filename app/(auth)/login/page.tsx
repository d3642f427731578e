import type { Metadata } from "next";
import { LoginForm } from "@/components/auth/login-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  // Only same-site paths: an absolute callbackUrl would make the login page an open redirect.
  const safeCallback = callbackUrl?.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/";
  return (
    <main className="flex min-h-screen items-center justify-center p-6">
      <div className="w-full max-w-sm">
        <h1 className="mb-1 text-xl font-semibold">TRTC Recording Console</h1>
        <p className="mb-6 text-sm text-muted-foreground">Sign in to manage your rooms and recordings.</p>
        <LoginForm callbackUrl={safeCallback} />
      </div>
    </main>
  );
}
