import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { TestDeliveryButton } from "./test-delivery-button";

/**
 * The URLs to enter in Tencent's console (or a callback template) for each kind of event, and for
 * operators a test delivery of each (Tencent has no API for one: the local cloud sends it, else the console
 * signs a sample itself).
 */
export async function CallbackEndpoints({ origin, canSendTest }: { origin: string; canSendTest: boolean }) {
  const t = await getTranslations("callbacks.endpoints");
  const tTest = await getTranslations("callbacks.testDelivery");
  const endpoints = [
    { kind: "css", name: t("recording.name"), path: "/api/callbacks/recording", where: t("recording.where") },
    { kind: "trtc", name: t("trtc.name"), path: "/api/callbacks/trtc", where: t("trtc.where") },
  ] as const;
  return (
    <Card>
      <CardHeader>
        <CardTitle>{t("title")}</CardTitle>
        <CardDescription>{t.rich("description", { code: (chunks) => <code>{chunks}</code> })}</CardDescription>
      </CardHeader>
      <CardContent>
        <dl className="flex flex-col gap-3 text-sm">
          {endpoints.map((endpoint) => (
            <div key={endpoint.path}>
              <dt className="font-medium">{endpoint.name}</dt>
              <dd className="font-mono text-xs break-all" data-testid={`endpoint-${endpoint.path.split("/").at(-1)}`}>
                {origin}
                {endpoint.path}
              </dd>
              <dd className="text-xs text-muted-foreground">{endpoint.where}</dd>
              {canSendTest ? (
                <dd>
                  <TestDeliveryButton kind={endpoint.kind} />
                </dd>
              ) : null}
            </div>
          ))}
        </dl>
        {canSendTest ? (
          <>
            <p className="mt-3 text-xs text-muted-foreground">{tTest("note")}</p>
            <p className="mt-1 text-xs text-muted-foreground">{tTest("noteLocalCloud")}</p>
          </>
        ) : null}
      </CardContent>
    </Card>
  );
}
