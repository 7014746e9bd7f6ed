"use client";
// The return as a spreadsheet-like grid. Each box is checked as it is typed by the upload's own
// code and the bureau's rules (lib/returns/live-check.ts: only the changed box, only the rules
// it can reach), so the message is the one an upload and the submission would give. The state
// lives in a store (return-store.ts) that each box subscribes to on its own: typing renders the
// typed box and the boxes whose findings changed, a paste one render of the boxes it filled.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState, useSyncExternalStore, type ClipboardEvent, type CSSProperties, type KeyboardEvent } from "react";
import { Link } from "@/lib/i18n/navigation";
import { unitText } from "@/lib/bulletin/units";
import { MAX_VALUE_CHARS, parsePastedBlock, type Cell } from "@/lib/returns/cells";
import type { Published, ReturnData } from "@/lib/returns/load-return";
import { saveReturnDraftAction, submitReturnAction } from "@/lib/returns/actions";
import { missingExplanations } from "@/lib/returns/return-rules";
import { BoxDetail } from "./box-detail";
import { GridCell, type GridHandlers } from "./grid-cell";
import { ReturnStore, type Pos } from "./return-store";

export function ReturnGrid({ data }: { data: ReturnData }) {
  const t = useTranslations("returns");
  const tf = useTranslations("flags");
  const locale = useLocale();
  const en = locale === "en";
  const { context, period } = data;
  const [store] = useState(() => new ReturnStore({ context, indicators: data.ruleIndicators, published: data.rulePublished, rules: data.rules }, period, data.draft, data.explanations, data.draftVersions));
  const { dirty } = useSyncExternalStore(store.subscribeMeta, store.getMeta, store.getMeta);
  const [status, setStatus] = useState<{ kind: "ok" | "error" | "busy"; text: string; batchId?: number } | null>(null);
  const gridRef = useRef<HTMLTableElement>(null);

  // leaving with unsaved boxes asks first (the draft lives on the server only once saved)
  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  // the published history the checks compare with, parsed while the page is idle, not at the first paste
  useEffect(() => store.prepareWhenIdle(), [store]);

  // the keys held down: the checks wait for their release (return-store.ts)
  useEffect(() => {
    const down = (e: globalThis.KeyboardEvent) => store.keyDown(e.code);
    const up = (e: globalThis.KeyboardEvent) => store.keyUp(e.code);
    const blur = () => store.keysReleased();
    window.addEventListener("keydown", down, true);
    window.addEventListener("keyup", up, true);
    window.addEventListener("blur", blur);
    return () => {
      window.removeEventListener("keydown", down, true);
      window.removeEventListener("keyup", up, true);
      window.removeEventListener("blur", blur);
    };
  }, [store]);

  // which boxes are on screen (the viewport clipped by the grid's own scrolling box): a paste
  // renders those before its paint, the others just after it (return-store.ts)
  useEffect(() => {
    const grid = gridRef.current;
    if (!grid || typeof IntersectionObserver !== "function") return;
    const io = new IntersectionObserver((entries) => {
      for (const e of entries) {
        const key = (e.target as HTMLElement).dataset.box;
        if (key) store.setVisible(key, e.isIntersecting);
      }
    });
    grid.querySelectorAll("td[data-box]").forEach((td) => io.observe(td));
    return () => io.disconnect();
  }, [store]);

  // rows are areas and columns indicators, unless the indicators cover fewer areas than there are indicators
  const layout = useMemo(() => {
    const usedRegions = context.regions.filter((r) => context.indicators.some((i) => data.coverage[i.id]?.includes(r.code)));
    const transposed = usedRegions.length < context.indicators.length;
    const rows = transposed ? context.indicators.map((i) => i.id) : usedRegions.map((r) => r.code);
    const cols = transposed ? usedRegions.map((r) => r.code) : context.indicators.map((i) => i.id);
    const at = (r: number, c: number): Pos => (transposed ? { ind: rows[r] as number, reg: cols[c] as string } : { ind: cols[c] as number, reg: rows[r] as string });
    const covered = (p: Pos) => data.coverage[p.ind]?.includes(p.reg) ?? false;
    return { transposed, rows, cols, at, covered };
  }, [context, data.coverage]);
  const { transposed, rows, cols, at, covered } = layout;
  const indById = useMemo(() => new Map(context.indicators.map((i) => [i.id, i])), [context]);
  const regByCode = useMemo(() => new Map(context.regions.map((r) => [r.code, r])), [context]);
  const regHead = (code: string) => {
    const r = regByCode.get(code);
    return (en ? r?.nameEn || r?.nameZh : r?.nameZh) ?? code;
  };
  const indName = (id: number) => (en ? indById.get(id)?.nameEn : indById.get(id)?.nameZh) ?? "";

  // stable for the boxes' memo: they read the layout through a ref-free closure made once
  const handlers = useMemo<GridHandlers>(() => {
    const move = (r: number, c: number) => {
      const el = gridRef.current?.querySelector<HTMLInputElement>(`input[data-r="${r}"][data-c="${c}"]`);
      if (el) {
        el.focus();
        el.select();
      }
    };
    return {
      keyDown: (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => {
        const el = e.currentTarget;
        const atStart = el.selectionStart === 0 && el.selectionEnd === 0;
        const atEnd = el.selectionStart === el.value.length;
        const go = (dr: number, dc: number) => (e.preventDefault(), move(r + dr, c + dc));
        if (e.key === "ArrowDown" || (e.key === "Enter" && !e.shiftKey)) go(1, 0);
        else if (e.key === "ArrowUp" || (e.key === "Enter" && e.shiftKey)) go(-1, 0);
        else if (e.key === "ArrowRight" && (atEnd || el.selectionStart !== el.selectionEnd)) go(0, 1);
        else if (e.key === "ArrowLeft" && (atStart || el.selectionStart !== el.selectionEnd)) go(0, -1);
      },
      // a block copied from a spreadsheet fills the grid from this box, right and down: one update, one evaluation
      paste: (e: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
        const text = e.clipboardData.getData("text/plain");
        if (!/[\t\n]/.test(text.replace(/\r?\n$/, ""))) return; // one value: the browser pastes it
        e.preventDefault();
        const changes: { p: Pos; patch: Partial<Cell> }[] = [];
        parsePastedBlock(text).forEach((line, dr) =>
          line.forEach((v, dc) => {
            if (r + dr >= layout.rows.length || c + dc >= layout.cols.length) return;
            const p = layout.at(r + dr, c + dc);
            if (layout.covered(p)) changes.push({ p, patch: { v: v.slice(0, MAX_VALUE_CHARS) } });
          }),
        );
        store.apply(changes);
      },
    };
  }, [layout, store]);

  const save = async () => {
    setStatus({ kind: "busy", text: t("saving") });
    try {
      const draft = store.draftToSave();
      const out = await saveReturnDraftAction(period, draft.cells, draft.explanations, draft.base);
      if (out.ok) {
        store.saved(out.versions, draft.edits);
        setStatus({ kind: "ok", text: t("saved", { at: new Date(out.savedAt).toLocaleTimeString(en ? "en-GB" : "zh-CN", { timeZone: "Asia/Shanghai" }) }) });
      } else setStatus({ kind: "error", text: out.message });
    } catch {
      setStatus({ kind: "error", text: t("failed") });
    }
  };

  const submit = async () => {
    const n = store.errorCount();
    if (n) return setStatus({ kind: "error", text: t("errorsLeft", { n }) });
    const findings = store.findings();
    const hard = findings.filter((f) => f.severity === "HARD").length;
    if (hard) return setStatus({ kind: "error", text: t("ruleErrors", { n: hard }) });
    const explanations = store.currentExplanations();
    const missing = missingExplanations(findings, explanations).length;
    if (missing) return setStatus({ kind: "error", text: t("explainMissing", { n: missing }) });
    setStatus({ kind: "busy", text: t("submitting") });
    try {
      const out = await submitReturnAction(period, store.cells(), explanations);
      if (out.ok) {
        store.setDirty(false);
        setStatus({ kind: "ok", text: t("submitted", { id: out.batchId }), batchId: out.batchId });
      } else {
        store.setServerErrors(out.errors ?? []);
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
          {t("unit", { unit: unitText(i.unit, locale) || i.unit })}
          {due ? ` · ${t("due", { date: due.dueDate })}` : ""}
        </div>
      </>
    );
  };
  const done = status?.batchId !== undefined;

  return (
    <div className="return">
      <div className="return-grid-wrap" data-testid="return-grid-wrap">
        <table className="return-grid" ref={gridRef} data-testid="return-grid" data-transposed={transposed ? "1" : "0"} style={{ "--cols": cols.length } as CSSProperties}>
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
                  return (
                    <GridCell
                      key={ck}
                      store={store}
                      ind={p.ind}
                      reg={p.reg}
                      indCode={indById.get(p.ind)?.code ?? ""}
                      r={r}
                      c={c}
                      label={`${indName(p.ind)} · ${regHead(p.reg)}`}
                      history={`${t("previous")} ${shown(data.previous[key])} · ${t("lastYear")} ${shown(data.lastYear[key])}`}
                      disabled={done}
                      handlers={handlers}
                    />
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <BoxDetail store={store} names={(p) => ({ indicator: indName(p.ind), region: regHead(p.reg) })} disabled={done} />

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
