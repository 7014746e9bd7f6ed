import { getTranslations, setRequestLocale } from "next-intl/server";
import { MoveReleaseForm, PlanReleaseForm } from "@/app/_components/workflow/release-forms";
import { ReleaseTable } from "@/app/_components/workflow/release-table";
import { requirePermission } from "@/lib/auth/require";
import { pool } from "@/lib/db";
import { findPublicReleases } from "@/lib/releases/public-releases";

export const dynamic = "force-dynamic";

export default async function AdminReleasesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("release:manage", "/admin/releases");
  const t = await getTranslations("releases");
  const releases = await findPublicReleases(pool());
  const upcoming = releases.filter((r) => !r.released).reverse();
  return (
    <>
      <h1>{t("adminTitle")}</h1>
      <h2>{t("plan")}</h2>
      <PlanReleaseForm />
      <h2>{t("upcoming")}</h2>
      <ReleaseTable releases={upcoming} locale={locale} renderExtra={(r) => <MoveReleaseForm releaseId={r.id} />} testId="admin-upcoming" />
      <h2>{t("past")}</h2>
      <ReleaseTable releases={releases.filter((r) => r.released).slice(0, 30)} locale={locale} testId="admin-past" />
    </>
  );
}
