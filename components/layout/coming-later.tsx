import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "./page-header";

/** A page whose feature has not been built yet: says so plainly instead of pretending. */
export function ComingLater({ title, what }: { title: string; what: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Card>
        <CardHeader>
          <CardTitle>Not built yet</CardTitle>
          <CardDescription>{what}</CardDescription>
        </CardHeader>
        <CardContent className="text-sm text-muted-foreground">
          This page is a placeholder in this version of the console; nothing on it is simulated.
        </CardContent>
      </Card>
    </>
  );
}
