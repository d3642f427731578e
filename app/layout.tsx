import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import { Providers } from "@/components/layout/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "TRTC Recording Console", template: "%s · TRTC Recording Console" },
  description: "Configure, run and review Tencent Cloud TRTC cloud recordings.",
  icons: { icon: "/icon.svg" },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: the CSP's nonce (proxy.ts) is new each time, and a page
  // prerendered at build would carry scripts without it, which the browser would refuse to run.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen antialiased">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
