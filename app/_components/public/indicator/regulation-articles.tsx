import { getTranslations } from "next-intl/server";
import { findArticles } from "@/lib/public/regulation";

/** The text of the articles an indicator cites, each in a disclosure (keyboard and no-JS friendly). */
export async function RegulationArticles({ articles }: { articles: number[] }) {
  const t = await getTranslations("indicator");
  const found = findArticles(articles);
  if (!found.length) return null;
  return (
    <div className="pub-articles" data-testid="regulation-articles">
      <p className="note">{t("articlesText")}</p>
      {found.map((a, i) => (
        <details key={a.no} open={i === 0} data-article={a.no}>
          <summary lang="zh-CN">{a.heading}</summary>
          <div lang="zh-CN">
            {a.paragraphs.map((p, j) => (
              <p key={j}>{p}</p>
            ))}
          </div>
        </details>
      ))}
    </div>
  );
}
