import { getTranslations } from "next-intl/server";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** What a viewer sees instead: the check names the account's CAM resources, for operators and admins. */
export async function ReadinessNotShown() {
  const t = await getTranslations("readiness");
  return (
    <Card aria-labelledby="readiness-not-shown-title" className="max-w-4xl">
      <CardHeader>
        <CardTitle id="readiness-not-shown-title">{t("card.title")}</CardTitle>
        <CardDescription>{t("card.notShown")}</CardDescription>
      </CardHeader>
    </Card>
  );
}
