"use client";
// The reviewer's decision: approve into a planned release, or at a chosen time under a title
// and data period (prefilled from the batch), with a revision reason when published values
// change; or reject with a reason. Values far from their series are listed right above the
// approve button, so that nobody approves them without having seen them.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { approveBatchAction, rejectBatchAction, type ActionState } from "@/lib/workflow/actions";

type Release = { id: number; label: string };
type Choice = { period: string; label: string; titleZh: string; titleEn: string };
type Props = {
  batchId: number;
  releases: Release[];
  revisions: number;
  /** periods of the batch, newest first, each with the title suggested for it; the first is the default */
  choices: Choice[];
  outliers: { line?: number; message: string }[];
};

export function ReviewForms({ batchId, releases, revisions, choices, outliers }: Props) {
  const t = useTranslations("review");
  const [approveState, approve, approving] = useActionState<ActionState, FormData>(approveBatchAction, {});
  const [rejectState, reject, rejecting] = useActionState<ActionState, FormData>(rejectBatchAction, {});
  const first = choices[0];
  const [period, setPeriod] = useState(first?.period ?? "");
  const [titleZh, setTitleZh] = useState(first?.titleZh ?? "");
  const [titleEn, setTitleEn] = useState(first?.titleEn ?? "");
  const [edited, setEdited] = useState(false);
  const pickPeriod = (p: string) => {
    setPeriod(p);
    const c = choices.find((x) => x.period === p);
    // a title the reviewer has not touched follows the period
    if (c && !edited) {
      setTitleZh(c.titleZh);
      setTitleEn(c.titleEn);
    }
  };
  return (
    <div className="review-forms">
      <form action={approve} className="form" data-testid="approve-form">
        <h2>{t("approve")}</h2>
        <input type="hidden" name="batchId" value={batchId} />
        <label htmlFor="releaseId">{t("approveInto")}</label>
        <select id="releaseId" name="releaseId" defaultValue="">
          <option value="">{t("chooseRelease")}</option>
          {releases.map((r) => (
            <option key={r.id} value={r.id}>
              {r.label}
            </option>
          ))}
        </select>
        <fieldset className="new-release">
          <legend>{t("newRelease")}</legend>
          <label htmlFor="releaseAt">{t("orAt")}</label>
          <input id="releaseAt" name="releaseAt" type="datetime-local" />
          <label htmlFor="period">{t("releasePeriod")}</label>
          <select id="period" name="period" value={period} onChange={(e) => pickPeriod(e.target.value)}>
            {choices.map((c) => (
              <option key={c.period} value={c.period}>
                {c.label}
              </option>
            ))}
          </select>
          <label htmlFor="titleZh">{t("releaseTitleZh")}</label>
          <input id="titleZh" name="titleZh" value={titleZh} maxLength={200} onChange={(e) => (setTitleZh(e.target.value), setEdited(true))} />
          <label htmlFor="titleEn">{t("releaseTitleEn")}</label>
          <input id="titleEn" name="titleEn" value={titleEn} maxLength={200} onChange={(e) => (setTitleEn(e.target.value), setEdited(true))} />
          <p className="note">{t("newReleaseNote")}</p>
        </fieldset>
        <label htmlFor="revisionReason">{t("revisionReason")}</label>
        <select id="revisionReason" name="revisionReason" defaultValue="" required={revisions > 0}>
          <option value="">{t("reason_none")}</option>
          {(["PRELIMINARY_TO_FINAL", "BENCHMARK", "CORRECTION"] as const).map((r) => (
            <option key={r} value={r}>
              {t(`reason_${r}`)}
            </option>
          ))}
        </select>
        {outliers.length ? (
          <div className="attention" role="note" data-testid="approve-outliers">
            <p>
              <strong>{t("outliersTitle", { n: outliers.length })}</strong>
            </p>
            <ul>
              {outliers.slice(0, 20).map((o, i) => (
                <li key={i}>
                  {o.line ? `${t("line", { line: o.line })} ` : ""}
                  {o.message}
                </li>
              ))}
            </ul>
            {outliers.length > 20 ? <p className="note">{t("outliersMore", { n: outliers.length - 20 })}</p> : null}
          </div>
        ) : null}
        <FormMessage state={approveState} />
        <button type="submit" disabled={approving}>
          {t("approveButton")}
        </button>
      </form>
      <form action={reject} className="form" data-testid="reject-form">
        <h2>{t("reject")}</h2>
        <input type="hidden" name="batchId" value={batchId} />
        <label htmlFor="reason">{t("rejectReason")}</label>
        <textarea id="reason" name="reason" required maxLength={2000} rows={3} />
        <FormMessage state={rejectState} />
        <button type="submit" className="secondary" disabled={rejecting}>
          {t("rejectButton")}
        </button>
      </form>
    </div>
  );
}
