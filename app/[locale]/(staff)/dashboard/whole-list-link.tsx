// "N of M listed: show all": under a list the dashboard cut short (lib/dashboard/page-lists.ts),
// a link to the same view with that list whole, back at the list.
import { getTranslations } from "next-intl/server";
import type { WholeList } from "@/lib/dashboard/page-lists";
import { Link } from "@/lib/i18n/server-link";

export async function WholeListLink({ list, shown, total, query }: { list: WholeList; shown: number; total: number; query: Record<string, string> }) {
  if (shown >= total) return null;
  const t = await getTranslations("dashboard");
  return (
    <p className="note" data-testid={`${list}-more`}>
      {t(`${list}More`, { shown, total })}{" "}
      <Link href={{ pathname: "/dashboard", query: { ...query, all: list }, hash: `dash-${list}` }}>{t("showWhole")}</Link>
    </p>
  );
}
