"use client";
// The last resort, when even the root layout fails (it replaces it, so it renders its own
// <html>, and has no translations to lean on: both languages, Chinese first). Only the
// error's digest is shown, never its message.
export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "system-ui, sans-serif", maxWidth: "40rem", margin: "4rem auto", padding: "0 1rem" }}>
        <main data-testid="global-error" role="alert">
          <h1>服务暂时不可用</h1>
          <p>页面暂时无法显示，请稍后重试。已发布的数据不受影响。</p>
          <h2 lang="en">Service temporarily unavailable</h2>
          <p lang="en">This page cannot be shown right now. Please try again shortly; published data is not affected.</p>
          <p>
            <button type="button" onClick={() => reset()}>
              重试 / Try again
            </button>
          </p>
          {error.digest ? (
            <p>
              错误编号 / Error reference: <code>{error.digest}</code>
            </p>
          ) : null}
        </main>
      </body>
    </html>
  );
}
