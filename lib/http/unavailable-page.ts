import { statusPage } from "./status-page";

// The page proxy.ts answers while the database is down: status 503 and Retry-After, so that
// browsers, crawlers and load balancers know to come back rather than index an error.
const TEXT = {
  zh: { title: "服务暂时不可用", body: "数据服务正在恢复，请稍后刷新本页。已发布的数据不受影响。" },
  en: { title: "Service temporarily unavailable", body: "The data service is recovering. Please reload this page in a moment. Published data is not affected." },
};

export function unavailablePage(pathname: string, retryAfterSeconds = 5): Response {
  return statusPage({ status: 503, pathname, text: TEXT, testId: "service-unavailable", next: "reload", headers: { "Retry-After": String(retryAfterSeconds) } });
}
