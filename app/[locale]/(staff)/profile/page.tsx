import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireUser } from "@/lib/auth/require";
import { findTokens } from "@/lib/auth/tokens";
import { formatDateTime } from "@/lib/format-date";
import { formatList } from "@/lib/format-list";
import { revokeTokenAction } from "@/lib/users/actions";
import { ChangePasswordForm, CreateTokenForm } from "./profile-forms";
import { endedTokenNotices, endedTokenReasonKey } from "./ended-tokens";

export const dynamic = "force-dynamic";

export default async function ProfilePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requireUser("/profile");
  const t = await getTranslations("profile");
  const tokens = await findTokens(actor.id);
  const now = new Date();
  const notices = endedTokenNotices(tokens, now);
  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="pw">
        <h2 id="pw">{t("password")}</h2>
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="tok">
        <h2 id="tok">{t("tokens")}</h2>
        <p className="note">{t("tokensNote")}</p>
        {notices.map((n) => (
          <p key={`${n.reason}-${n.at.getTime()}`} className="notice" role="status" data-testid="ended-tokens">
            {t(n.messageKey, { when: formatDateTime(n.at, locale), names: formatList(n.names, locale) })}
          </p>
        ))}
        <CreateTokenForm />
        {tokens.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <div className="table-scroll" tabIndex={0}>
            <table className="data-table" data-testid="token-table">
              <thead>
                <tr>
                  <th scope="col">{t("name")}</th>
                  <th scope="col">{t("prefix")}</th>
                  <th scope="col">{t("created")}</th>
                  <th scope="col">{t("expires")}</th>
                  <th scope="col">{t("lastUsed")}</th>
                  <th scope="col">{t("status")}</th>
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {tokens.map((k) => {
                  const ended = endedTokenReasonKey(k.revokedReason);
                  const when = k.revokedAt ? formatDateTime(k.revokedAt, locale) : "";
                  const status = k.revokedAt
                    ? locale === "en"
                      ? `${t(ended ?? "revoked")} (${when})`
                      : `${t(ended ?? "revoked")}（${when}）`
                    : k.expiresAt <= now
                      ? t("expired")
                      : t("active");
                  return (
                    <tr key={k.id} data-token-id={k.id}>
                      <td>{k.name}</td>
                      <td>
                        <code>{k.prefix}…</code>
                      </td>
                      <td>{formatDateTime(k.createdAt, locale)}</td>
                      <td>{formatDateTime(k.expiresAt, locale)}</td>
                      <td>{k.lastUsedAt ? formatDateTime(k.lastUsedAt, locale) : "—"}</td>
                      <td>{status}</td>
                      <td>
                        {!k.revokedAt ? (
                          <form action={revokeTokenAction}>
                            <input type="hidden" name="id" value={k.id} />
                            <button type="submit" className="secondary">
                              {t("revoke")}
                            </button>
                          </form>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
