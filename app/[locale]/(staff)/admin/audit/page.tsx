import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { actionLabel, ENTITY_LABELS } from "@/lib/audit/audit-labels";
import { AuditDetails } from "./audit-details";
import { AUDIT_ACTIONS } from "@/lib/audit/write-audit";
import { Link } from "@/lib/i18n/server-link";
import { findAuditEvents, ZAuditFilter } from "@/lib/audit/find-audit";
import { recordReleases } from "@/lib/workflow/record-releases";
import { formatDateTime } from "@/lib/format-date";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function AuditPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("audit:view", "/admin/audit");
  const t = await getTranslations("admin");
  const filter = ZAuditFilter.parse(await searchParams);
  await recordReleases().catch(() => {});
  const events = await findAuditEvents(filter);
  const query = new URLSearchParams(Object.entries(filter).filter(([, v]) => v !== undefined).map(([k, v]) => [k, String(v)]));
  query.set("format", "csv");
  return (
    <>
      <h1>{t("auditTitle")}</h1>
      <p className="note">{t("appendOnly")}</p>
      <form method="get" className="filters inline-group" aria-label={t("filter")}>
        <label>
          {t("user")} <input name="user" defaultValue={filter.user} size={12} />
        </label>
        <label>
          {t("action")}{" "}
          <select name="action" defaultValue={filter.action ?? ""}>
            <option value="">—</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a, locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t("batch")} <input name="batch" inputMode="numeric" defaultValue={filter.batch} size={6} />
        </label>
        <label>
          {t("from")} <input type="date" name="from" defaultValue={filter.from} />
        </label>
        <label>
          {t("to")} <input type="date" name="to" defaultValue={filter.to} />
        </label>
        <button type="submit">{t("filter")}</button>
        <a className="button secondary" href={`/api/v1/audit?${query}`} download>
          {t("export")}
        </a>
      </form>
      {events.length === 0 ? (
        <p>{t("noEvents")}</p>
      ) : (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table stack-table" data-testid="audit-table">
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("action")}</th>
                <th scope="col">{t("entity")}</th>
                <th scope="col">{t("details")}</th>
              </tr>
            </thead>
            <tbody>
              {events.map((e) => (
                <tr key={String(e.id)} data-action={e.action}>
                  <td data-label={t("when")}>{formatDateTime(e.at, locale)}</td>
                  <td data-label={t("who")}>{e.actorName ?? "—"}</td>
                  <td data-label={t("action")}>
                    {actionLabel(e.action, locale)} <small className="code">{e.action}</small>
                  </td>
                  <td data-label={t("entity")}>
                    <Entity type={e.entityType} id={e.entityId} locale={locale} />
                  </td>
                  <td className="details" data-label={t("details")}>
                    <AuditDetails action={e.action} data={e.data} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** "批次 12" linking to the batch; other entities by their name and id. */
function Entity({ type, id, locale }: { type: string | null; id: string | null; locale: string }) {
  if (!type) return <>—</>;
  const w = ENTITY_LABELS[type];
  const name = w ? (locale === "en" ? w.en : w.zh) : type;
  if (type === "batch" && id && /^\d+$/.test(id)) return <Link href={`/uploads/${id}`}>{`${name} ${id}`}</Link>;
  return <>{id ? `${name} ${id}` : name}</>;
}
