import "server-only";
// STAFF ONLY: never import this from public code. It applies the visibility rule of
// lib/public/visible-observations.ts (approved batch, release not cancelled, newest vintage
// per key) WITHOUT the release-time condition, so approved-but-unreleased values are
// included and marked. The dashboard calls it only when the admin setting
// `prerelease.leaders` is on, and logs every view that shows such a value.
import type { Queryable } from "@/lib/db/queryable";
import { findNewestVintages, type VintageFilter } from "./newest-vintages";
import type { DashObs } from "./observations";

/** Approved values whatever their release time; `now` decides which are marked unreleased. */
export function findApprovedObservations(q: Queryable, f: VintageFilter & { now?: Date } = {}): Promise<DashObs[]> {
  return findNewestVintages(q, { ...f, asOf: "infinity", now: f.now ?? new Date(), sources: true });
}
