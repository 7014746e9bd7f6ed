"use client";
// The flag and note of the focused box, below the grid (a phone has no room for them in the box).
import { useTranslations } from "next-intl";
import { useCallback, useSyncExternalStore } from "react";
import { FLAGS, type Flag } from "@/lib/returns/cells";
import type { ReturnStore } from "./return-store";

export function BoxDetail({ store, names, disabled }: { store: ReturnStore; names: (p: { ind: number; reg: string }) => { indicator: string; region: string }; disabled: boolean }) {
  const t = useTranslations("returns");
  const tf = useTranslations("flags");
  const focus = useSyncExternalStore(store.subscribeFocus, store.getFocus, store.getFocus);
  const key = focus ? `${focus.ind}|${focus.reg}` : "";
  const subscribe = useCallback((cb: () => void) => (key ? store.subscribeBox(key, cb) : () => {}), [store, key]);
  // the flag and the note alone (strings, stable between keystrokes): typing a figure into the
  // focused box does not render this form again
  const flag = useSyncExternalStore(subscribe, () => (key ? store.view(key).cell.f : null), () => null);
  const note = useSyncExternalStore(subscribe, () => (key ? store.view(key).cell.n : null), () => null);
  if (!focus || flag === null || note === null) return null;
  return (
    <fieldset className="return-detail" data-testid="return-detail" disabled={disabled}>
      <legend>{t("boxFor", names(focus))}</legend>
      <label>
        {t("flag")}{" "}
        <select value={flag} onChange={(e) => store.apply([{ p: focus, patch: { f: e.target.value as Flag | "" } }])} data-testid="return-flag">
          <option value="">{t("noFlag")}</option>
          {FLAGS.map((f) => (
            <option key={f} value={f}>
              {tf(f)}
            </option>
          ))}
        </select>
      </label>{" "}
      <label>
        {t("note")} <input type="text" maxLength={500} value={note} onChange={(e) => store.apply([{ p: focus, patch: { n: e.target.value } }])} data-testid="return-note" />
      </label>
    </fieldset>
  );
}
