"use client";
// The rule findings of one box of the return: hard (强制性) ones as errors, soft (核实性) ones
// with the box for the reporter's explanation (上报说明), information (提示性) as a note.
import { useTranslations } from "next-intl";
import type { Finding } from "@/lib/rules/evaluate";

const MAX = 1000;

export function FindingList({ findings, explanations, onExplain, disabled }: { findings: Finding[]; explanations: Record<string, string>; onExplain: (key: string, text: string) => void; disabled: boolean }) {
  const t = useTranslations("returns");
  return (
    <>
      {findings.map((f) =>
        f.severity === "HARD" ? (
          <div key={f.key} className="return-finding hard" role="alert" data-testid="rule-error" data-rule={f.rule}>
            {t("ruleHard")}：{f.message}
          </div>
        ) : f.severity === "SOFT" ? (
          <div key={f.key} className="return-finding soft" data-testid="rule-warning" data-rule={f.rule}>
            {t("ruleSoft")}：{f.message}
            <label>
              <span className="note">{t("explainLabel")}</span>
              <textarea rows={2} maxLength={MAX} value={explanations[f.key] ?? ""} disabled={disabled} onChange={(e) => onExplain(f.key, e.target.value)} data-testid="rule-explain" />
            </label>
          </div>
        ) : (
          <div key={f.key} className="return-finding note" data-testid="rule-info" data-rule={f.rule}>
            {t("ruleInfo")}：{f.message}
          </div>
        ),
      )}
    </>
  );
}
