import { getTranslations } from "next-intl/server";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";

/** The readiness card while the check runs (a second or two against Tencent), in the same layout. */
export async function ReadinessCardSkeleton() {
  const t = await getTranslations("readiness");
  return (
    <Card className="max-w-4xl" aria-busy="true" aria-label={t("card.running")}>
      <CardHeader>
        <CardTitle>{t("card.title")}</CardTitle>
        <Skeleton className="h-4 w-96" />
      </CardHeader>
      <CardContent className="space-y-4">
        {Array.from({ length: 6 }, (_, index) => (
          <div key={index} className="flex gap-3">
            <Skeleton className="h-5 w-24" />
            <div className="flex-1 space-y-2">
              <Skeleton className="h-4 w-2/3" />
              <Skeleton className="h-4 w-full" />
            </div>
          </div>
        ))}
      </CardContent>
    </Card>
  );
}
