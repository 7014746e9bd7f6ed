"use client";
// Form feedback read out by screen readers (aria-live), as next-learn's forms do.
type State = { ok?: boolean; message?: string; errors?: Record<string, string[]> };

export function FormMessage({ state }: { state: State }) {
  return (
    <p className={state.ok ? "success" : "error"} role="status" aria-live="polite">
      {state.message ?? ""}
    </p>
  );
}

export function FieldError({ state, name }: { state: State; name: string }) {
  const errs = state.errors?.[name];
  if (!errs?.length) return null;
  return (
    <p className="error" id={`${name}-error`} aria-live="polite">
      {errs.join(" ")}
    </p>
  );
}
