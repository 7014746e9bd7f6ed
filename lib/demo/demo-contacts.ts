// Contact people of the demo's supplying departments, so that 催报 on the schedule page has
// someone to write to. Addresses are on example.org (reserved: mail to them goes nowhere real).
// Written on the first seed only, and only where staff have not entered a contact.
import type { Tx } from "@/lib/audit/write-audit";

const CONTACTS: Record<string, { contactName: string; contactPhone: string }> = {
  stats: { contactName: "王统计", contactPhone: "024-2271 0001" },
  miit: { contactName: "李工信", contactPhone: "024-2271 0002" },
  comms: { contactName: "赵通信", contactPhone: "024-2271 0003" },
  data: { contactName: "陈数据", contactPhone: "024-2271 0004" },
  sci: { contactName: "刘科技", contactPhone: "024-2271 0005" },
  cac: { contactName: "周网信", contactPhone: "024-2271 0006" },
};

export async function seedDemoContacts(tx: Tx): Promise<void> {
  for (const [code, c] of Object.entries(CONTACTS)) {
    await tx.department.updateMany({
      where: { code, contactEmail: null },
      data: { ...c, contactEmail: `${code}-contact@example.org` },
    });
  }
}
