import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePermission } from "@/lib/auth/require";
import { ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { findUsers } from "@/lib/users/find-users";
import { CreateUserForm, UserRowForms } from "./user-forms";

export const dynamic = "force-dynamic";

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requirePermission("user:manage", "/admin/users");
  const t = await getTranslations("admin");
  const users = await findUsers();
  const lang = locale === "en" ? "en" : "zh";
  const roleOptions = ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r][lang] }));
  return (
    <>
      <h1>{t("usersTitle")}</h1>
      <div className="table-scroll" tabIndex={0}>
        <table className="data-table" data-testid="users-table">
          <thead>
            <tr>
              <th scope="col">{t("username")}</th>
              <th scope="col">{t("displayName")}</th>
              <th scope="col">{t("status")}</th>
              <th scope="col">{t("roles")}</th>
              <th scope="col">{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} data-username={u.username}>
                <th scope="row">{u.username}</th>
                <td>{u.displayName}</td>
                <td>{u.disabledAt ? t("disabled") : t("enabled")}</td>
                <td colSpan={2}>
                  <UserRowForms user={{ id: u.id, username: u.username, roles: u.roles, disabled: !!u.disabledAt }} roleOptions={roleOptions} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{t("newUser")}</h2>
      <CreateUserForm roleOptions={roleOptions} />
    </>
  );
}
