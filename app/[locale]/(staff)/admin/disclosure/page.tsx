import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { listRelations, listRules } from "@/lib/disclosure/save-rule";
import { DeleteRelationForm, RelationForm, RuleForm } from "./disclosure-forms";

export const dynamic = "force-dynamic";

/** The bureau's disclosure rules (per indicator) and declared sum relations; changes are audited. */
export default async function DisclosurePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("catalogue:manage", "/admin/disclosure");
  const t = await getTranslations("disclosure");
  const [rules, relations] = await Promise.all([listRules(), listRelations()]);
  const name = (r: { nameZh: string; nameEn: string }) => (locale === "en" ? r.nameEn : r.nameZh);
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="note">{t("intro")}</p>
      <h2>{t("formTitle")}</h2>
      <RuleForm indicators={rules.map((r) => ({ code: r.code, label: `${r.code} ${name(r)}` }))} />
      <h2>{t("rulesTitle")}</h2>
      <div className="table-scroll">
        <table data-testid="disclosure-rules">
          <thead>
            <tr>
              <th scope="col">{t("indicator")}</th>
              <th scope="col">{t("minUnits")}</th>
              <th scope="col">{t("dominance")}</th>
              <th scope="col">{t("pPercent")}</th>
              <th scope="col">{t("protection")}</th>
              <th scope="col"></th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => (
              <tr key={r.code} data-code={r.code}>
                <th scope="row">
                  {r.code} {name(r)}
                </th>
                <td>{r.minUnits}</td>
                <td>{r.dominanceN !== null ? `(${r.dominanceN}, ${r.dominanceK}%)` : t("none")}</td>
                <td>{r.pPercent !== null ? `${r.pPercent}%` : t("none")}</td>
                <td>±{r.protectionPercent}%</td>
                <td>{r.custom ? t("custom") : t("default")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("relationsTitle")}</h2>
      <p className="note">{t("relationsIntro")}</p>
      {relations.length ? (
        <ul data-testid="sum-relations">
          {relations.map((r) => (
            <li key={r.id}>
              {r.total} = {r.parts.join(" + ")} {r.note ? `（${r.note}）` : ""} <DeleteRelationForm id={r.id} />
            </li>
          ))}
        </ul>
      ) : (
        <p>{t("noRelations")}</p>
      )}
      <RelationForm />
    </>
  );
}
