import type { Actor } from "./permissions";
import { isRole } from "./roles";

/** The columns of "user" that make an actor, as the session and token lookups select them. */
export type ActorRow = { id: number; username: string; display_name: string; roles: string[]; session_version: number };

export function actorFromRow(row: ActorRow): Actor {
  return { id: row.id, username: row.username, displayName: row.display_name, roles: row.roles.filter(isRole), credentialVersion: row.session_version };
}
