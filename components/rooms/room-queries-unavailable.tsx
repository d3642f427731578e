import { Alert } from "@/components/ui/alert";
import { TENCENT_LINKS } from "@/lib/schemas/application";

/** Said once, plainly, where the app has no package for TRTC's room queries. */
export function RoomQueriesUnavailable({ message }: { message: string }) {
  return (
    <Alert variant="info" data-testid="room-queries-unavailable">
      {message}{" "}
      <a href={TENCENT_LINKS.monitoringPackage} className="text-primary underline" target="_blank" rel="noreferrer">
        About the packages
      </a>
    </Alert>
  );
}
