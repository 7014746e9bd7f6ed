import { statusPage } from "./status-page";

// What proxy.ts answers a state-changing request to a page (a Server Action, a form post)
// whose Origin is not this site: another site's page posting with the visitor's cookie.
const TEXT = {
  zh: { title: "跨站请求被拒绝", body: "此操作只能在本站页面上提交。请回到本站重新操作。" },
  en: { title: "Cross-site request refused", body: "This action can only be submitted from this site's own pages. Please go back to the site and try again." },
};

export function crossSitePage(pathname: string): Response {
  return statusPage({ status: 403, pathname, text: TEXT, testId: "cross-site-refused", next: "links" });
}
