import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { pool } from "@/lib/db";
import { formatDateTime } from "@/lib/format-date";
import { loadRules } from "@/lib/rules/load-rules";
import { KIND_OF } from "@/lib/rules/params";
import { ruleStats } from "@/lib/rules/rule-stats";
import { ruleVersions } from "@/lib/rules/rule-versions";
import { RuleForm } from "./rule-form";

export const dynamic = "force-dynamic";

/** The bureau's validation rules (审核规则): what each checks, how often it fired, its versions. */
export default async function RulesPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("catalogue:manage", "/admin/rules");
  const t = await getTranslations("rules");
  const [rules, stats, versions] = await Promise.all([loadRules(pool()), ruleStats(pool()), ruleVersions(pool())]);
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="note">{t("intro")}</p>
      <div className="table-scroll">
        <table data-testid="rules-table">
          <thead>
            <tr>
              <th scope="col">{t("code")}</th>
              <th scope="col">{t("kind")}</th>
              <th scope="col">{t("scope")}</th>
              <th scope="col">{t("params")}</th>
              <th scope="col">{t("severity")}</th>
              <th scope="col">{t("active")}</th>
              <th scope="col">{t("fired")}</th>
              <th scope="col">{t("explained")}</th>
              <th scope="col">{t("accepted")}</th>
              <th scope="col">{t("returned")}</th>
            </tr>
          </thead>
          <tbody>
            {rules.map((r) => {
              const s = stats.get(r.id) ?? { fired: 0, blocked: 0, explained: 0, accepted: 0, returned: 0 };
              const history = versions.get(r.id) ?? [];
              return (
                <tr key={r.code} data-code={r.code}>
                  <th scope="row">
                    {r.code} <div>{locale === "en" ? r.nameEn : r.nameZh}</div>
                    <div className="note">
                      {t("version")} {r.version}
                    </div>
                  </th>
                  <td>{t(`kind_${KIND_OF[r.params.check]}`)}</td>
                  <td>{r.scope}</td>
                  <td>
                    <code>{JSON.stringify(r.params)}</code>
                    <RuleForm code={r.code} params={JSON.stringify(r.params)} severity={r.severity} scope={r.scope} active={r.active} today={today} />
                    <details>
                      <summary>{t("history")}</summary>
                      <ol data-testid={`rule-history-${r.code}`}>
                        {history.map((v) => (
                          <li key={v.version}>
                            v{v.version} · {v.notedOn} · {v.note} · {t("by")} {v.by ?? "—"} · {formatDateTime(v.createdAt, locale)} · {t(`severity_${v.severity}` as "severity_SOFT")}
                            {v.active ? "" : ` · ${t("active")}: ${t("no")}`}
                          </li>
                        ))}
                      </ol>
                    </details>
                  </td>
                  <td data-testid="rule-severity">{t(`severity_${r.severity}`)}</td>
                  <td>{r.active ? t("yes") : t("no")}</td>
                  <td data-testid="rule-fired">
                    {s.fired}
                    {s.blocked ? ` (${t("blocked")} ${s.blocked})` : ""}
                  </td>
                  <td>{s.explained}</td>
                  <td data-testid="rule-accepted">{s.accepted}</td>
                  <td data-testid="rule-returned">{s.returned}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
