import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { isPrereleaseEnabled } from "@/lib/dashboard/prerelease-setting";
import { PrereleaseForm } from "./prerelease-form";

export const dynamic = "force-dynamic";

/** Admin settings: pre-release access for leaders (off by default; changes are audited). */
export default async function SettingsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("settings:manage", "/admin/settings");
  const t = await getTranslations("targets");
  const enabled = await isPrereleaseEnabled();
  return (
    <>
      <h1>{t("settingsTitle")}</h1>
      <h2>{t("prereleaseTitle")}</h2>
      <p data-testid="prerelease-state" data-enabled={enabled ? "true" : "false"}>
        {enabled ? t("prereleaseIsOn") : t("prereleaseIsOff")}
      </p>
      <PrereleaseForm enabled={enabled} />
    </>
  );
}
