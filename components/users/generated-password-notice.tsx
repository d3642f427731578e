"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { GeneratedPassword } from "./reset-password-button";

/** The password a reset generated, shown once: it lives only in this page's memory until dismissed. */
export function GeneratedPasswordNotice({
  generated,
  onDismiss,
}: {
  generated: GeneratedPassword;
  onDismiss: () => void;
}) {
  const t = useTranslations("users.generatedPassword");
  const [isCopied, setIsCopied] = useState(false);

  async function handleCopy() {
    await navigator.clipboard.writeText(generated.password);
    setIsCopied(true);
  }

  return (
    <Alert variant="info" className="flex flex-wrap items-center gap-3">
      <span>
        {t.rich("notice", {
          email: generated.email,
          code: () => (
            <code className="rounded bg-muted px-1.5 py-0.5 font-mono" data-testid="generated-password">
              {generated.password}
            </code>
          ),
        })}
      </span>
      <span className="ml-auto flex gap-2">
        <Button variant="outline" size="sm" onClick={() => void handleCopy()}>
          {isCopied ? t("copied") : t("copy")}
        </Button>
        <Button variant="outline" size="sm" onClick={onDismiss}>
          {t("done")}
        </Button>
      </span>
    </Alert>
  );
}
