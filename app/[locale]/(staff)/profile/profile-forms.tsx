"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { changePasswordAction, createTokenAction, type FormState } from "@/lib/users/actions";

export function ChangePasswordForm() {
  const t = useTranslations("profile");
  const [state, action, pending] = useActionState<FormState, FormData>(changePasswordAction, {});
  return (
    <form action={action} className="form narrow">
      <label htmlFor="current">{t("current")}</label>
      <input id="current" name="current" type="password" autoComplete="current-password" required />
      <FieldError state={state} name="current" />
      <label htmlFor="next">{t("next")}</label>
      <input id="next" name="next" type="password" autoComplete="new-password" required minLength={10} />
      <FieldError state={state} name="next" />
      <label htmlFor="confirm">{t("confirm")}</label>
      <input id="confirm" name="confirm" type="password" autoComplete="new-password" required />
      <FieldError state={state} name="confirm" />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("change")}
      </button>
    </form>
  );
}

export function CreateTokenForm() {
  const t = useTranslations("profile");
  const [state, action, pending] = useActionState<FormState, FormData>(createTokenAction, {});
  return (
    <form action={action} className="form narrow">
      <label htmlFor="token-name">{t("tokenName")}</label>
      <input id="token-name" name="name" required maxLength={100} />
      <FieldError state={state} name="name" />
      <FormMessage state={state} />
      {state.token ? (
        <p role="status">
          {t("newToken")} <code data-testid="new-token">{state.token}</code>
        </p>
      ) : null}
      <button type="submit" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
