import type { EndpointDoc } from "./endpoints";

type Labels = { parameters: string; parameter: string; description: string; noParameters: string; example: string };

/** One endpoint: path, what it answers, its parameters and curl examples. */
export function EndpointSection({ doc, text, labels, lang }: { doc: EndpointDoc; text: string; labels: Labels; lang: "zh" | "en" }) {
  const params = Object.entries(doc.params);
  return (
    <section aria-labelledby={`ep-${doc.id}`} data-testid={`endpoint-${doc.id}`}>
      <h3 id={`ep-${doc.id}`}>
        <code>GET {doc.path}</code>
      </h3>
      <p>{text}</p>
      {params.length ? (
        <div className="table-scroll" tabIndex={0}>
          <table className="data-table">
            <caption>{labels.parameters}</caption>
            <thead>
              <tr>
                <th scope="col">{labels.parameter}</th>
                <th scope="col">{labels.description}</th>
              </tr>
            </thead>
            <tbody>
              {params.map(([name, help]) => (
                <tr key={name}>
                  <th scope="row">
                    <code>{name}</code>
                  </th>
                  <td>{help[lang]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="note">{labels.noParameters}</p>
      )}
      <p>
        <strong>{labels.example}</strong>
      </p>
      <div className="table-scroll" tabIndex={0}>
        <pre>
          <code>{doc.examples.join("\n")}</code>
        </pre>
      </div>
    </section>
  );
}
