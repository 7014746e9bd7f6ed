"use client";
// One box of the return grid. It subscribes to its own view in the store (return-store.ts) and
// is memoized on props that never change while typing, so a keystroke renders this box (and
// the boxes whose findings it changed), never the whole grid. Only the box last focused spells
// out its value error and rule findings (and the explanation box of a 核实性 one), and so does a
// box already explained; the others show a corner mark and their input's border, with a summary
// for screen readers. A paste that brings up a warning in every box renders and lays out 140
// marks, not 140 paragraphs and text areas, and a message that comes and goes as a figure is
// typed changes the height of at most the typed box's row (issue 18).
import { useTranslations } from "next-intl";
import { memo, useCallback, useSyncExternalStore, type ClipboardEvent, type KeyboardEvent } from "react";
import { MAX_VALUE_CHARS } from "@/lib/returns/cells";
import { FindingList } from "./finding-list";
import type { Pos, ReturnStore } from "./return-store";

export type GridHandlers = {
  keyDown: (e: KeyboardEvent<HTMLInputElement>, r: number, c: number) => void;
  paste: (e: ClipboardEvent<HTMLInputElement>, r: number, c: number) => void;
};

type Props = { store: ReturnStore; ind: number; reg: string; indCode: string; r: number; c: number; label: string; history: string; disabled: boolean; handlers: GridHandlers };

export const GridCell = memo(function GridCell({ store, ind, reg, indCode, r, c, label, history, disabled, handlers }: Props) {
  const tf = useTranslations("flags");
  const t = useTranslations("returns");
  const key = `${ind}|${reg}`;
  const subscribe = useCallback((cb: () => void) => store.subscribeBox(key, cb), [store, key]);
  const view = useSyncExternalStore(subscribe, () => store.view(key), () => store.view(key));
  const { cell, error, findings, open } = view;
  const hard = findings.filter((f) => f.severity === "HARD").length;
  const soft = findings.filter((f) => f.severity === "SOFT").length;
  const explain = useCallback((k: string, text: string) => store.explain(k, text), [store]);
  const bad = !!error || hard > 0;
  const spelled = open || Object.values(view.explanations).some((x) => x.trim());
  const describedBy = error && spelled ? `err-${ind}-${reg}` : !spelled && (error || findings.length) ? `sum-${ind}-${reg}` : undefined;
  return (
    <td className={bad ? "return-cell has-error" : soft ? "return-cell has-warning" : findings.length ? "return-cell has-note" : "return-cell"} data-indicator={indCode} data-region={reg} data-box={key}>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={MAX_VALUE_CHARS}
        aria-label={label}
        aria-invalid={bad ? true : undefined}
        aria-describedby={describedBy}
        data-r={r}
        data-c={c}
        value={cell.v}
        disabled={disabled}
        onChange={(e) => store.apply([{ p: { ind, reg } as Pos, patch: { v: e.target.value } }])}
        onKeyDown={(e) => handlers.keyDown(e, r, c)}
        onPaste={(e) => handlers.paste(e, r, c)}
        onFocus={() => store.setFocus({ ind, reg })}
      />
      {cell.f || cell.n ? (
        <span className="return-mark" title={[cell.f ? tf(cell.f) : "", cell.n].filter(Boolean).join(" · ")}>
          {cell.f ? tf(cell.f) : "✎"}
        </span>
      ) : null}
      <div className="return-history note">{history}</div>
      {spelled ? (
        <>
          {error ? (
            <div className="return-error" id={`err-${ind}-${reg}`} role="alert">
              {error}
            </div>
          ) : null}
          {findings.length ? <FindingList findings={findings} explanations={view.explanations} onExplain={explain} disabled={disabled} /> : null}
        </>
      ) : error || findings.length ? (
        <span className="sr-only" id={`sum-${ind}-${reg}`} data-testid="return-summary">
          {t("boxSummary", { error: error ? 1 : 0, hard, soft, info: findings.length - hard - soft })}
        </span>
      ) : null}
    </td>
  );
});
