import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { findDepartments, findUploaders } from "@/lib/departments/find-departments";
import { Link } from "@/lib/i18n/server-link";
import { DepartmentForm } from "./department-form";

export const dynamic = "force-dynamic";

export default async function DepartmentsPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("catalogue:manage", "/admin/departments");
  const t = await getTranslations("catalogue");
  const lang = locale === "en" ? "en" : "zh";
  const [departments, uploaders] = await Promise.all([findDepartments(), findUploaders()]);
  const members = uploaders.map((u) => ({ value: String(u.id), label: `${u.displayName} (${u.username})` }));
  const names = new Map(uploaders.map((u) => [u.id, u.displayName]));
  return (
    <>
      <h1>{t("departmentsTitle")}</h1>
      <p>{t("departmentsIntro")}</p>
      <p>
        <Link href="/admin/catalogue">{t("title")}</Link> · <Link href="/schedule">{t("scheduleLink")}</Link>
      </p>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table" data-testid="departments-table">
          <thead>
            <tr>
              <th scope="col">{t("depCode")}</th>
              <th scope="col">{t("depName")}</th>
              <th scope="col">{t("depContact")}</th>
              <th scope="col">{t("depMembers")}</th>
              <th scope="col" className="num">
                {t("depIndicators")}
              </th>
            </tr>
          </thead>
          <tbody>
            {departments.map((d) => (
              <tr key={d.id} data-code={d.code}>
                <th scope="row">{d.code}</th>
                <td>{lang === "zh" ? d.nameZh : d.nameEn}</td>
                <td>{[d.contactName, d.contactPhone, d.contactEmail].filter(Boolean).join(" · ") || "—"}</td>
                <td>{d.memberIds.map((id) => names.get(id) ?? `#${id}`).join("、") || "—"}</td>
                <td className="num">{d.indicatorCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("editDepartments")}</h2>
      {departments.map((d) => (
        <details key={d.id} data-department={d.code}>
          <summary>
            {d.code} · {lang === "zh" ? d.nameZh : d.nameEn}
          </summary>
          <DepartmentForm department={d} members={members} />
        </details>
      ))}
      <h2>{t("newDepartment")}</h2>
      <DepartmentForm department={null} members={members} />
    </>
  );
}
