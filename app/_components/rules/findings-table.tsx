// The rule findings of a batch with the reporter's explanations, for the reviewer (and the uploader).
import { getTranslations } from "next-intl/server";
import type { StoredFinding } from "@/lib/rules/findings";

export async function FindingsTable({ findings, locale }: { findings: StoredFinding[]; locale: string }) {
  const shown = findings.filter((f) => f.severity !== "INFO" || f.explanation);
  if (!shown.length) return null;
  const t = await getTranslations("rules");
  return (
    <section data-testid="rule-findings">
      <h2>{t("findingsTitle")}</h2>
      <div className="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">{t("name")}</th>
              <th scope="col">{t("value")}</th>
              <th scope="col">{t("explanation")}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((f) => (
              <tr key={f.id} data-rule={f.ruleCode} data-region={f.regionCode}>
                <td>
                  {locale === "en" ? f.ruleNameEn : f.ruleNameZh} <span className="note">{t(`severity_${f.severity}` as "severity_SOFT")}</span>
                </td>
                <td>{f.message}</td>
                <td data-testid="finding-explanation">{f.explanation ?? <span className="note">{t("noExplanation")}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
