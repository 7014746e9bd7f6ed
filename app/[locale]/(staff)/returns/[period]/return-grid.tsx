"use client";
// The return as a spreadsheet-like grid. Each box is checked as it is typed by the upload's own
// code (lib/returns/cells.ts → lib/ingest), so the message is the one an upload would give.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { Link } from "@/lib/i18n/navigation";
import { checkCell, FLAGS, isBlank, MAX_VALUE_CHARS, parsePastedBlock, type Cell, type CellMap, type Flag } from "@/lib/returns/cells";
import type { Published, ReturnData } from "@/lib/returns/load-return";
import { saveReturnDraftAction, submitReturnAction } from "@/lib/returns/actions";
import type { QualityRow } from "@/lib/ingest/types";
import { evaluateRows, findingsByBox, missingExplanations } from "@/lib/returns/return-rules";
import { FindingList } from "./finding-list";

const EMPTY: Cell = { v: "", f: "", n: "" };
type Pos = { ind: number; reg: string };

export function ReturnGrid({ data }: { data: ReturnData }) {
  const t = useTranslations("returns");
  const tf = useTranslations("flags");
  const locale = useLocale();
  const en = locale === "en";
  const { context, period } = data;
  const [cells, setCells] = useState<CellMap>(data.draft);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [focus, setFocus] = useState<Pos | null>(null);
  const [status, setStatus] = useState<{ kind: "ok" | "error" | "busy"; text: string; batchId?: number } | null>(null);
  const [dirty, setDirty] = useState(false);
  const [explanations, setExplanations] = useState<Record<string, string>>({});
  const gridRef = useRef<HTMLTableElement>(null);

  // leaving with unsaved boxes asks first (the draft lives on the server only once saved)
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // rows are areas and columns indicators, unless the indicators cover fewer areas than there are indicators
  const usedRegions = context.regions.filter((r) => context.indicators.some((i) => data.coverage[i.id]?.includes(r.code)));
  const transposed = usedRegions.length < context.indicators.length;
  const rows = transposed ? context.indicators.map((i) => i.id) : usedRegions.map((r) => r.code);
  const cols = transposed ? usedRegions.map((r) => r.code) : context.indicators.map((i) => i.id);
  const at = (r: number, c: number): Pos => (transposed ? { ind: rows[r] as number, reg: cols[c] as string } : { ind: cols[c] as number, reg: rows[r] as string });
  const covered = (p: Pos) => data.coverage[p.ind]?.includes(p.reg) ?? false;
  const indById = useMemo(() => new Map(context.indicators.map((i) => [i.id, i])), [context]);
  const regByCode = useMemo(() => new Map(context.regions.map((r) => [r.code, r])), [context]);
  const cellOf = (p: Pos): Cell => cells[p.ind]?.[p.reg] ?? EMPTY;

  // every box checked at each change (a few hundred at most); the values that pass feed the rules
  const { errors, ruleRows } = useMemo(() => {
    const out: Record<string, string> = {};
    const rows: QualityRow[] = [];
    for (const ind of context.indicators) {
      for (const [reg, cell] of Object.entries(cells[ind.id] ?? {})) {
        const region = regByCode.get(reg);
        if (!region || isBlank(cell)) continue;
        const r = checkCell(context, ind, region, period, cell, rows.length + 1);
        if (!r.ok) out[`${ind.id}|${reg}`] = r.message;
        else if (r.row.value !== null) rows.push({ indicatorId: ind.id, regionCode: reg, period: r.row.period, value: r.row.value, line: r.row.line });
      }
    }
    return { errors: out, ruleRows: rows };
  }, [cells, context, period, regByCode]);

  // the bureau's rules on what is typed: the same engine and inputs as the submission on the server
  const evaluation = useMemo(
    () => evaluateRows({ context, indicators: data.ruleIndicators, published: data.rulePublished, rules: data.rules }, ruleRows),
    [ruleRows, context, data.ruleIndicators, data.rulePublished, data.rules],
  );
  const findings = useMemo(() => findingsByBox(evaluation.findings), [evaluation]);
  const explain = (key: string, text: string) => {
    setExplanations((prev) => ({ ...prev, [key]: text }));
    setDirty(true);
  };

  const update = (changes: { p: Pos; patch: Partial<Cell> }[]) => {
    setCells((prev) => {
      const next: CellMap = { ...prev };
      for (const { p, patch } of changes) {
        if (!covered(p)) continue;
        next[p.ind] = { ...(next[p.ind] ?? {}), [p.reg]: { ...(next[p.ind]?.[p.reg] ?? EMPTY), ...patch } };
      }
      return next;
    });
    setServerErrors({});
    setDirty(true);
  };

  const move = (r: number, c: number) => {
    const el = gridRef.current?.querySelector<HTMLInputElement>(`input[data-r="${r}"][data-c="${c}"]`);
    if (el) {
      el.focus();
      el.select();
    }
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
    const el = e.currentTarget;
    const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
    const atEnd = el.selectionStart === el.value.length;
    if (e.key === "ArrowDown" || (e.key === "Enter" && !e.shiftKey)) {
      e.preventDefault();
      move(r + 1, c);
    } else if (e.key === "ArrowUp" || (e.key === "Enter" && e.shiftKey)) {
      e.preventDefault();
      move(r - 1, c);
    } else if (e.key === "ArrowRight" && (atEnd || el.selectionStart !== el.selectionEnd)) {
      e.preventDefault();
      move(r, c + 1);
    } else if (e.key === "ArrowLeft" && (atStart || el.selectionStart !== el.selectionEnd)) {
      e.preventDefault();
      move(r, c - 1);
    }
  };

  // a block copied from a spreadsheet fills the grid from this box, right and down
  const onPaste = (e: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
    const text = e.clipboardData.getData("text/plain");
    if (!/[\t\n]/.test(text.replace(/\r?\n$/, ""))) return; // one value: the browser pastes it
    e.preventDefault();
    const block = parsePastedBlock(text);
    const changes: { p: Pos; patch: Partial<Cell> }[] = [];
    block.forEach((line, dr) =>
      line.forEach((v, dc) => {
        if (r + dr < rows.length && c + dc < cols.length) changes.push({ p: at(r + dr, c + dc), patch: { v: v.slice(0, MAX_VALUE_CHARS) } });
      }),
    );
    update(changes);
  };

  const save = async () => {
    setStatus({ kind: "busy", text: t("saving") });
    try {
      const out = await saveReturnDraftAction(period, cells);
      if (out.ok) {
        setDirty(false);
        setStatus({ kind: "ok", text: t("saved", { at: new Date(out.savedAt).toLocaleTimeString(en ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai" }) }) });
      } else setStatus({ kind: "error", text: out.message });
    } catch {
      setStatus({ kind: "error", text: t("failed") });
    }
  };

  const submit = async () => {
    const n = Object.keys(errors).length;
    if (n) {
      setStatus({ kind: "error", text: t("errorsLeft", { n }) });
      return;
    }
    const hard = evaluation.findings.filter((f) => f.severity === "HARD").length;
    if (hard) {
      setStatus({ kind: "error", text: t("ruleErrors", { n: hard }) });
      return;
    }
    const missing = missingExplanations(evaluation.findings, explanations).length;
    if (missing) {
      setStatus({ kind: "error", text: t("explainMissing", { n: missing }) });
      return;
    }
    setStatus({ kind: "busy", text: t("submitting") });
    try {
      const out = await submitReturnAction(period, cells, explanations);
      if (out.ok) {
        setDirty(false);
        setStatus({ kind: "ok", text: t("submitted", { id: out.batchId }), batchId: out.batchId });
      } else {
        setServerErrors(Object.fromEntries((out.errors ?? []).map((e) => [`${e.indicatorId}|${e.regionCode}`, e.message])));
        setStatus({ kind: "error", text: out.message });
      }
    } catch {
      setStatus({ kind: "error", text: t("failed") });
    }
  };

  const shown = (p: Published | undefined) => (!p ? "—" : p.value !== null ? p.value + (p.flag ? ` (${tf(p.flag)})` : "") : p.flag ? tf(p.flag) : "—");
  const indHead = (id: number) => {
    const i = indById.get(id)!;
    const due = data.due.find((d) => d.indicatorId === id);
    return (
      <>
        <span className="return-ind-name">{en ? i.nameEn : i.nameZh}</span> <span className="note">{i.code}</span>
        <div className="note">
          {t("unit", { unit: i.unit })}
          {due ? ` · ${t("due", { date: due.dueDate })}` : ""}
        </div>
      </>
    );
  };
  const regHead = (code: string) => {
    const r = regByCode.get(code);
    return (en ? r?.nameEn || r?.nameZh : r?.nameZh) ?? code;
  };
  const focused = focus ? cellOf(focus) : null;
  const done = status?.batchId !== undefined;

  return (
    <div className="return">
      <div className="return-grid-wrap" data-testid="return-grid-wrap">
        <table className="return-grid" ref={gridRef} data-testid="return-grid" data-transposed={transposed ? "1" : "0"}>
          <thead>
            <tr>
              <th scope="col">{transposed ? t("indicator") : t("area")}</th>
              {cols.map((c) => (
                <th scope="col" key={c}>
                  {transposed ? regHead(c as string) : indHead(c as number)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((rk, r) => (
              <tr key={rk}>
                <th scope="row">{transposed ? indHead(rk as number) : regHead(rk as string)}</th>
                {cols.map((ck, c) => {
                  const p = at(r, c);
                  if (!covered(p)) return <td key={ck} className="note">{t("notCollected")}</td>;
                  const key = `${p.ind}|${p.reg}`;
                  const cell = cellOf(p);
                  const err = errors[key] ?? serverErrors[key];
                  const boxFindings = findings.get(key) ?? [];
                  const hardRule = boxFindings.some((f) => f.severity === "HARD");
                  const softRule = boxFindings.some((f) => f.severity === "SOFT");
                  const label = `${en ? indById.get(p.ind)?.nameEn : indById.get(p.ind)?.nameZh} · ${regHead(p.reg)}`;
                  return (
                    <td key={ck} className={err || hardRule ? "return-cell has-error" : softRule ? "return-cell has-warning" : "return-cell"} data-indicator={indById.get(p.ind)?.code} data-region={p.reg}>
                      <input
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        maxLength={MAX_VALUE_CHARS}
                        aria-label={label}
                        aria-invalid={err || hardRule ? true : undefined}
                        aria-describedby={err ? `err-${p.ind}-${p.reg}` : undefined}
                        data-r={r}
                        data-c={c}
                        value={cell.v}
                        disabled={done}
                        onChange={(e) => update([{ p, patch: { v: e.target.value } }])}
                        onKeyDown={(e) => onKeyDown(e, r, c)}
                        onPaste={(e) => onPaste(e, r, c)}
                        onFocus={() => setFocus(p)}
                      />
                      {cell.f || cell.n ? <span className="return-mark" title={[cell.f ? tf(cell.f) : "", cell.n].filter(Boolean).join(" · ")}>{cell.f ? tf(cell.f) : "✎"}</span> : null}
                      <div className="return-history note">
                        {t("previous")} {shown(data.previous[key])} · {t("lastYear")} {shown(data.lastYear[key])}
                      </div>
                      {err ? (
                        <div className="return-error" id={`err-${p.ind}-${p.reg}`} role="alert">
                          {err}
                        </div>
                      ) : null}
                      {boxFindings.length ? <FindingList findings={boxFindings} explanations={explanations} onExplain={explain} disabled={done} /> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {focus && focused ? (
        <fieldset className="return-detail" data-testid="return-detail" disabled={done}>
          <legend>{t("boxFor", { indicator: (en ? indById.get(focus.ind)?.nameEn : indById.get(focus.ind)?.nameZh) ?? "", region: regHead(focus.reg) })}</legend>
          <label>
            {t("flag")}{" "}
            <select value={focused.f} onChange={(e) => update([{ p: focus, patch: { f: e.target.value as Flag | "" } }])} data-testid="return-flag">
              <option value="">{t("noFlag")}</option>
              {FLAGS.map((f) => (
                <option key={f} value={f}>
                  {tf(f)}
                </option>
              ))}
            </select>
          </label>{" "}
          <label>
            {t("note")} <input type="text" maxLength={500} value={focused.n} onChange={(e) => update([{ p: focus, patch: { n: e.target.value } }])} data-testid="return-note" />
          </label>
        </fieldset>
      ) : null}

      <p className="return-actions">
        <button type="button" onClick={save} disabled={status?.kind === "busy" || done} data-testid="return-save">
          {t("save")}
        </button>{" "}
        <button type="button" className="primary" onClick={submit} disabled={status?.kind === "busy" || done} data-testid="return-submit">
          {t("submit")}
        </button>{" "}
        {dirty && !status ? <span className="note">{t("unsaved")}</span> : null}
      </p>
      {status ? (
        <p role="status" data-testid="return-status" className={status.kind === "error" ? "error" : "note"}>
          {status.text}{" "}
          {status.batchId !== undefined ? <Link href={`/uploads/${status.batchId}`}>{t("viewBatch")}</Link> : null}
        </p>
      ) : null}
    </div>
  );
}
