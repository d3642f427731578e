import Link from "next/link";

export default function ForbiddenPage() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 p-6 text-center">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p className="text-sm text-muted-foreground">Your role does not give access to this page. Ask an admin.</p>
      <Link href="/" className="text-sm text-primary underline">
        Back to the overview
      </Link>
    </main>
  );
}
