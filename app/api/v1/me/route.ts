import { requireApi } from "@/lib/auth/api-auth";
import { apiJson } from "@/lib/http/api-response";
import { withDbErrors } from "@/lib/http/db-unavailable";

/** GET: who the token or session stands for, with roles. */
export const GET = withDbErrors(async (req: Request) => {
  const auth = await requireApi(req);
  if (auth instanceof Response) return auth;
  const { id, username, displayName, roles } = auth.actor;
  return apiJson({ id, username, displayName, roles, via: auth.via });
});
