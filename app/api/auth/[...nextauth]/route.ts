import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getAuthOptions } from "@/lib/auth/options";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

// Options are built per call (memoised) so that `next build` reads no secret and opens no database.
async function handler(request: NextRequest, context: RouteContext): Promise<Response> {
  const response: unknown = await NextAuth(request, context, getAuthOptions());
  return response instanceof Response ? response : new Response(null, { status: 500 });
}

export { handler as GET, handler as POST };
