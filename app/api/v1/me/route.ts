import { requireApi } from "@/lib/auth/api-auth";
import { apiJson } from "@/lib/http/api-response";

/** GET: who the token or session stands for, with roles. */
export async function GET(req: Request) {
  const auth = await requireApi(req);
  if (auth instanceof Response) return auth;
  const { id, username, displayName, roles } = auth.actor;
  return apiJson({ id, username, displayName, roles, via: auth.via });
}
