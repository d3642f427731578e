import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** What a viewer sees instead: the check names the account's CAM resources, for operators and admins. */
export function ReadinessNotShown() {
  return (
    <Card aria-labelledby="readiness-not-shown-title" className="max-w-4xl">
      <CardHeader>
        <CardTitle id="readiness-not-shown-title">Readiness check</CardTitle>
        <CardDescription>
          Shown to operators and admins: it lists the account&apos;s permissions and settings.
        </CardDescription>
      </CardHeader>
    </Card>
  );
}
