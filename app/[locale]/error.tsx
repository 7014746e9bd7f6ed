"use client";
// Any page that fails while rendering (the database gone mid-request, or a bug) shows this
// instead of Next's default: a plain message in the page's language and a retry. Production
// builds never pass the server error's message or stack to the browser, only its digest,
// which we show so that a report can be matched with the server log.
// Its few messages are imported directly (two small files), so that public pages carry no
// translation library and no message catalogue to the browser.
import { useParams } from "next/navigation";
import en from "@/lib/i18n/messages/en/errors.json";
import zh from "@/lib/i18n/messages/zh/errors.json";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const english = useParams<{ locale?: string }>()?.locale === "en";
  const t = english ? en : zh;
  return (
    <main id="main" className="wrap narrow" data-testid="page-error" role="alert">
      <h1>{t.unavailableTitle}</h1>
      <p>{t.unavailable}</p>
      <p>
        <button type="button" onClick={() => reset()}>
          {t.retry}
        </button>{" "}
        <a href={english ? "/en" : "/"}>{t.home}</a>
      </p>
      {error.digest ? (
        <p className="muted">
          {t.reference}: <code>{error.digest}</code>
        </p>
      ) : null}
    </main>
  );
}
