import "server-only";
// The reminder log as the schedule page shows it: each department's latest reminders.
import { db } from "@/lib/db";

export type ReminderLogEntry = {
  id: number;
  departmentId: number;
  recipient: string;
  status: "sent" | "failed";
  error: string | null;
  items: number;
  sentBy: string | null;
  createdAt: Date;
};

export async function latestReminders(limit = 50): Promise<ReminderLogEntry[]> {
  const rows = await db().reminder.findMany({
    orderBy: { createdAt: "desc" },
    take: limit,
    include: { sentBy: { select: { displayName: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    departmentId: r.departmentId,
    recipient: r.recipient,
    status: r.status === "failed" ? "failed" : "sent",
    error: r.error,
    items: Array.isArray(r.items) ? r.items.length : 0,
    sentBy: r.sentBy?.displayName ?? null,
    createdAt: r.createdAt,
  }));
}
