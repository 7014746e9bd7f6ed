// The state of one return (indicator × period) in the uploader's own words. Pure.
// What the batches hold wins (released > approved > submitted, from the reporting schedule; a
// batch uploaded but not yet submitted is 已上传待提交, not 已上报: nobody reviews it until the
// reporter submits); then the newer of a rejection and an online-return draft; else nothing.
import type { ScheduleItem } from "@/lib/schedule/build-schedule";

export const WORK_STATES = ["none", "saved", "staged", "submitted", "rejected", "approved", "released"] as const;
export type WorkState = (typeof WORK_STATES)[number];

export type DraftInfo = { by: string | null; at: Date };
export type RejectionInfo = { by: string | null; at: Date; reason: string | null };
/** The newest batch holding the return that is staged or submitted (submitted preferred). */
export type ReceivedInfo = { batchId: number; status: "STAGED" | "SUBMITTED"; by: string | null; at: Date };

export type WorkStatus =
  | { state: "none" }
  | { state: "saved"; by: string | null; at: Date }
  | { state: "staged"; batchId: number; by: string | null; at: Date }
  | { state: "submitted" }
  | { state: "rejected"; by: string | null; at: Date; reason: string | null }
  | { state: "approved"; releaseAt: Date | null }
  | { state: "released"; releaseAt: Date | null };

export function workStatus(
  item: Pick<ScheduleItem, "status" | "releaseAt">,
  draft?: DraftInfo,
  rejection?: RejectionInfo,
  received?: ReceivedInfo,
): WorkStatus {
  if (item.status === "released") return { state: "released", releaseAt: item.releaseAt };
  if (item.status === "approved") return { state: "approved", releaseAt: item.releaseAt };
  if (item.status === "received") {
    if (received?.status === "STAGED") return { state: "staged", batchId: received.batchId, by: received.by, at: received.at };
    return { state: "submitted" };
  }
  // A draft saved after the rejection is the reply being prepared; otherwise the rejection stands.
  if (rejection && (!draft || rejection.at >= draft.at)) return { state: "rejected", ...rejection };
  if (draft) return { state: "saved", ...draft };
  return { state: "none" };
}
