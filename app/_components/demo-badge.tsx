import { getTranslations } from "next-intl/server";

/** The 示例数据 mark every page shows wherever demo data appears. */
export async function DemoBadge({ note = false }: { note?: boolean }) {
  const t = await getTranslations("site");
  return (
    <p className="demo-badge" role="note" data-testid="demo-badge">
      <strong>{t("demo")}</strong>
      {note ? <span> {t("demoNote")}</span> : null}
    </p>
  );
}
