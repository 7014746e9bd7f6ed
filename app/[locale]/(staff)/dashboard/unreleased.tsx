import { getTranslations } from "next-intl/server";

/** The 未发布 mark on an approved value whose release time has not come (pre-release access). */
export async function Unreleased() {
  const t = await getTranslations("dashboard");
  return (
    <span className="dash-unreleased" data-testid="unreleased-mark">
      {t("unreleased")}
    </span>
  );
}
