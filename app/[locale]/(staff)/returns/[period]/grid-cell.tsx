"use client";
// One box of the return grid. It subscribes to its own view in the store (return-store.ts) and
// is memoized on props that never change while typing, so a keystroke renders this box (and
// the boxes whose findings it changed), never the whole grid.
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
  const key = `${ind}|${reg}`;
  const subscribe = useCallback((cb: () => void) => store.subscribeBox(key, cb), [store, key]);
  const view = useSyncExternalStore(subscribe, () => store.view(key), () => store.view(key));
  const { cell, error, findings } = view;
  const hardRule = findings.some((f) => f.severity === "HARD");
  const softRule = findings.some((f) => f.severity === "SOFT");
  const explain = useCallback((k: string, text: string) => store.explain(k, text), [store]);
  const bad = !!error || hardRule;
  return (
    <td className={bad ? "return-cell has-error" : softRule ? "return-cell has-warning" : "return-cell"} data-indicator={indCode} data-region={reg}>
      <input
        type="text"
        inputMode="decimal"
        autoComplete="off"
        maxLength={MAX_VALUE_CHARS}
        aria-label={label}
        aria-invalid={bad ? true : undefined}
        aria-describedby={error ? `err-${ind}-${reg}` : undefined}
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
      {error ? (
        <div className="return-error" id={`err-${ind}-${reg}`} role="alert">
          {error}
        </div>
      ) : null}
      {findings.length ? <FindingList findings={findings} explanations={view.explanations} onExplain={explain} disabled={disabled} /> : null}
    </td>
  );
});
