/** Liveness for launchers and load balancers; says nothing about users or the cloud. */
export function GET(): Response {
  return Response.json({ status: "ok" });
}
