"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { createUserAction, updateUserAction, type FormState } from "@/lib/users/actions";

type RoleOption = { value: string; label: string };

export function CreateUserForm({ roleOptions }: { roleOptions: RoleOption[] }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState<FormState, FormData>(createUserAction, {});
  return (
    <form action={action} className="form narrow" data-testid="create-user-form">
      <label htmlFor="new-username">{t("username")}</label>
      <input id="new-username" name="username" required autoComplete="off" />
      <FieldError state={state} name="username" />
      <label htmlFor="new-display">{t("displayName")}</label>
      <input id="new-display" name="displayName" required />
      <FieldError state={state} name="displayName" />
      <label htmlFor="new-password">{t("password")}</label>
      <input id="new-password" name="password" type="password" autoComplete="new-password" required minLength={10} />
      <FieldError state={state} name="password" />
      <fieldset>
        <legend>{t("roles")}</legend>
        {roleOptions.map((r) => (
          <label key={r.value} className="check">
            <input type="checkbox" name="roles" value={r.value} /> {r.label}
          </label>
        ))}
      </fieldset>
      <FieldError state={state} name="roles" />
      <FormMessage state={state} />
      <button type="submit" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}

type RowUser = { id: number; username: string; roles: string[]; disabled: boolean };

export function UserRowForms({ user, roleOptions }: { user: RowUser; roleOptions: RoleOption[] }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState<FormState, FormData>(updateUserAction, {});
  return (
    <div className="row-forms">
      <form action={action} className="inline-group">
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="op" value="roles" />
        {roleOptions.map((r) => (
          <label key={r.value} className="check">
            <input type="checkbox" name="roles" value={r.value} defaultChecked={user.roles.includes(r.value)} /> {r.label}
          </label>
        ))}
        <button type="submit" className="secondary" disabled={pending}>
          {t("saveRoles")}
        </button>
      </form>
      <form action={action} className="inline-group">
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="op" value={user.disabled ? "enable" : "disable"} />
        <button type="submit" className="secondary" disabled={pending}>
          {user.disabled ? t("enable") : t("disable")}
        </button>
      </form>
      <form action={action} className="inline-group">
        <input type="hidden" name="id" value={user.id} />
        <input type="hidden" name="op" value="password" />
        <label htmlFor={`pw-${user.id}`} className="sr-only">
          {t("newPassword")}
        </label>
        <input id={`pw-${user.id}`} name="password" type="password" autoComplete="new-password" placeholder={t("newPassword")} minLength={10} required />
        <button type="submit" className="secondary" disabled={pending}>
          {t("resetPassword")}
        </button>
      </form>
      <FormMessage state={state} />
    </div>
  );
}
