"use client";
// One labelled form control with its error, announced by screen readers (aria-live) and tied
// to the control (aria-describedby), as the catalogue and department forms lay them out.
import { startTransition, type FormEvent, type ReactNode } from "react";

/**
 * Submit handler that dispatches the form's action without React's automatic form reset, so
 * a long form keeps what was typed when the server answers with an error. Without script the
 * form's own `action` still works.
 */
export function keepValuesOnSubmit(action: (fd: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const fd = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => action(fd));
  };
}

type State = { errors?: Record<string, string[]> };

/** `prefix` keeps ids unique when one page holds several forms (one per department). */
export function Field({ name, label, hint, state, prefix = "", children }: {
  name: string;
  label: string;
  hint?: string;
  state: State;
  prefix?: string;
  children: (a: ControlProps) => ReactNode;
}) {
  const errs = state.errors?.[name];
  const id = `${prefix}f-${name}`;
  const describedBy = [hint ? `${id}-hint` : null, errs?.length ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, name, "aria-describedby": describedBy, "aria-invalid": errs?.length ? true : undefined })}
      {hint ? (
        <p className="note" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <p className="error" id={`${id}-error`} aria-live="polite">
        {errs?.join(" ") ?? ""}
      </p>
    </div>
  );
}

export type ControlProps = { id: string; name: string; "aria-describedby"?: string; "aria-invalid"?: true };

/** A group of checkboxes with a legend (tags, regions, members). */
export function CheckGroup({ name, legend, hint, options, checked, state, prefix = "" }: {
  name: string;
  prefix?: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  state: State;
}) {
  const errs = state.errors?.[name];
  return (
    <fieldset aria-describedby={hint ? `${prefix}${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="note" id={`${prefix}${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {options.map((o) => (
        <label key={o.value} className="check">
          <input type="checkbox" name={name} value={o.value} defaultChecked={checked.includes(o.value)} /> {o.label}
        </label>
      ))}
      <p className="error" id={`${prefix}${name}-error`} aria-live="polite">
        {errs?.join(" ") ?? ""}
      </p>
    </fieldset>
  );
}
