import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { FileCallback } from "@/lib/data/callbacks/callbacks-for-file";
import { getMessageText } from "@/lib/i18n/server-message-text";
import { LocalTime } from "./local-time";

/** The callbacks the selected application received that name this file. */
export async function RecordingCallbacks({ callbacks }: { callbacks: FileCallback[] }) {
  const [t, messageText] = await Promise.all([getTranslations("recordings.callbacks"), getMessageText()]);
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>
          {t.rich("description", { link: (chunks) => <Link href="/callbacks">{chunks}</Link> })}
        </CardDescription>
      </CardHeader>
      <CardContent>
        {callbacks.length === 0 ? (
          <p className="text-sm text-muted-foreground">{t("none")}</p>
        ) : (
          <ul className="flex flex-col gap-2 text-sm" aria-label={t("title")}>
            {callbacks.map((callback) => (
              <li key={callback.id} className="flex flex-wrap items-center gap-2" data-testid="file-callback">
                {callback.signatureValid ? (
                  <Badge variant="success">{t("valid")}</Badge>
                ) : (
                  <Badge variant="destructive">{t("invalid")}</Badge>
                )}
                {callback.eventType} · {messageText(callback.eventName)}
                <span className="text-xs text-muted-foreground">
                  <LocalTime iso={callback.receivedAt} />
                  {callback.deliveries > 1 ? <> {t("delivered", { count: callback.deliveries })}</> : null}
                </span>
              </li>
            ))}
          </ul>
        )}
      </CardContent>
    </Card>
  );
}
