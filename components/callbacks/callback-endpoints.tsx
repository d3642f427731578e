import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";

/** The URLs to enter in Tencent's console (or a callback template) for each kind of event. */
export function CallbackEndpoints({ origin }: { origin: string }) {
  const endpoints = [
    {
      name: "Recording callbacks (CSS events 100 and 332)",
      path: "/api/callbacks/recording",
      where: "RecordNotifyUrl / RecordStatusNotifyUrl of the callback template",
    },
    {
      name: "TRTC callbacks: room and media events (101–105, 201–206) and cloud-recording events (301–312)",
      path: "/api/callbacks/trtc",
      where:
        "TRTC console → Application → Callback configuration, for both the room and media callback and the cloud-recording callback, with the key from Settings → TRTC callbacks",
    },
  ];
  return (
    <Card>
      <CardHeader>
        <CardTitle>Endpoints</CardTitle>
        <CardDescription>
          Tencent must reach these URLs; behind a proxy, set <code>NEXTAUTH_URL</code> to the public address.
        </CardDescription>
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
            </div>
          ))}
        </dl>
      </CardContent>
    </Card>
  );
}
