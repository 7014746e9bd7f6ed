import { getTranslations, setRequestLocale } from "next-intl/server";
import { CancelReleaseForm, MoveReleaseForm, PlanReleaseForm } from "@/app/_components/workflow/release-forms";
import { ReleaseTable } from "@/app/_components/workflow/release-table";
import { requirePermission } from "@/lib/auth/require";
import { pool } from "@/lib/db";
import { formatDateTime } from "@/lib/format-date";
import { Link } from "@/lib/i18n/server-link";
import { findPublicReleases } from "@/lib/releases/public-releases";
import { findCancelledReleases, findUpcomingWithBatches } from "@/lib/releases/upcoming-releases";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function AdminReleasesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const sp = await searchParams;
  setRequestLocale(locale);
  await requirePermission("release:manage", "/admin/releases");
  const t = await getTranslations("releases");
  const [releases, withBatches, cancelled] = await Promise.all([findPublicReleases(pool()), findUpcomingWithBatches(100), findCancelledReleases()]);
  const upcoming = releases.filter((r) => !r.released).reverse();
  const batchesOf = new Map(withBatches.map((r) => [r.id, r.batchIds]));
  const justCancelled = cancelled.find((r) => String(r.id) === sp.cancelled);
  return (
    <>
      <h1>{t("adminTitle")}</h1>
      {justCancelled ? (
        <p className="standing standing-done" role="status" data-testid="release-cancelled-note">
          {t("cancelledOk", { title: locale === "en" && justCancelled.titleEn ? justCancelled.titleEn : justCancelled.titleZh, n: Number(sp.returned) || 0 })}
        </p>
      ) : null}
      <h2>{t("upcoming")}</h2>
      <ReleaseTable
        releases={upcoming}
        locale={locale}
        testId="admin-upcoming"
        renderExtra={(r) => (
          <>
            <p className="note" data-testid="release-batches">
              {batchesOf.get(r.id)?.length ? (
                <>
                  {t("batchesIn")}{" "}
                  {batchesOf.get(r.id)!.map((id, i) => (
                    <span key={id}>
                      {i ? "、" : ""}
                      <Link href={`/uploads/${id}`}>{id}</Link>
                    </span>
                  ))}
                </>
              ) : (
                t("noBatches")
              )}
            </p>
            <MoveReleaseForm releaseId={r.id} />
            <CancelReleaseForm releaseId={r.id} />
          </>
        )}
      />
      <h2>{t("plan")}</h2>
      <PlanReleaseForm />
      <h2>{t("past")}</h2>
      <ReleaseTable releases={releases.filter((r) => r.released).slice(0, 30)} locale={locale} testId="admin-past" />
      {cancelled.length ? (
        <>
          <h2>{t("cancelledTitle")}</h2>
          <ul data-testid="admin-cancelled">
            {cancelled.map((r) => (
              <li key={r.id} data-release-id={r.id}>
                {locale === "en" && r.titleEn ? r.titleEn : r.titleZh} · {t("wasAt", { at: formatDateTime(r.releaseAt, locale) })}
                <div className="note">{t("cancelledLine", { at: formatDateTime(r.cancelledAt!, locale), reason: r.cancelReason ?? "—" })}</div>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
