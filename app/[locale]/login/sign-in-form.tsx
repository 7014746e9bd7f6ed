"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { signInAction, type SignInState } from "@/lib/auth/actions";

export function SignInForm({ next }: { next: string }) {
  const t = useTranslations("auth");
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="form" aria-describedby={state.error ? "sign-in-error" : undefined}>
      <input type="hidden" name="next" value={next} />
      <label htmlFor="username">{t("username")}</label>
      <input id="username" name="username" autoComplete="username" required defaultValue={state.username} />
      <label htmlFor="password">{t("password")}</label>
      <input id="password" name="password" type="password" autoComplete="current-password" required />
      <p id="sign-in-error" className="error" role="alert" aria-live="polite">
        {state.error ?? ""}
      </p>
      <button type="submit" disabled={pending}>
        {t("submit")}
      </button>
    </form>
  );
}
