// Copy-paste examples of the SDMX and JSON-stat section of the API docs, for the host the
// reader reached us on. Each is meant to run as it is (curl needs -g for the [ ] of c[...]).
export type SdmxExample = { id: "curl" | "python" | "r" | "excel" | "jsonstat"; lang: string; code: string };

export function sdmxExamples(base: string): SdmxExample[] {
  const sdmx = `${base}/sdmx/v2`;
  const series = `${sdmx}/data/dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001.210100.LEVEL`;
  const csvUrl = `${sdmx}/data/dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001..LEVEL?format=sdmx-csv&labels=both`;
  return [
    {
      id: "curl",
      lang: "shell",
      code: [
        `# dataflows / 数据流`,
        `curl -s "${sdmx}/structure/dataflow/SYTJJ"`,
        `# the data structure with its codelists / 数据结构及代码表`,
        `curl -s "${sdmx}/structure/datastructure/SYTJJ/DSD_DE/1.0.0?references=children"`,
        `# one series since 2024, SDMX-JSON / 单个序列，SDMX-JSON`,
        `curl -sg -H "Accept: application/vnd.sdmx.data+json;version=2.0.0" "${series}?c[TIME_PERIOD]=ge:2024-Q1"`,
        `# every district, latest 4 quarters, SDMX-CSV / 各区最近4个季度，SDMX-CSV`,
        `curl -sg "${sdmx}/data/dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001..LEVEL?lastNObservations=4&format=sdmx-csv"`,
        `# as published on a date, and the revision history / 某日公开的数据与修订历史`,
        `curl -s "${series}?asOf=2025-06-30"`,
        `curl -s "${series}?includeHistory=true"`,
      ].join("\n"),
    },
    {
      id: "python",
      lang: "python",
      code: [
        `# pip install sdmx1 requests`,
        `import io, requests, sdmx`,
        ``,
        `base = "${sdmx}"`,
        `read = lambda path, **kw: sdmx.read_sdmx(io.BytesIO(requests.get(base + path).content), **kw)`,
        `dsd = read("/structure/datastructure/SYTJJ/DSD_DE/1.0.0?references=children").structure["DSD_DE"]`,
        `msg = read("/data/dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001..LEVEL", structure=dsd)`,
        `print(sdmx.to_pandas(msg))`,
      ].join("\n"),
    },
    {
      id: "r",
      lang: "r",
      code: [
        `# install.packages("rsdmx")   # Debian/Ubuntu: apt install r-cran-rsdmx`,
        `library(rsdmx)`,
        `base <- "${sdmx}"`,
        `flows <- as.data.frame(readSDMX(paste0(base, "/structure/dataflow/SYTJJ")))`,
        `dsd <- readSDMX(paste0(base, "/structure/datastructure/SYTJJ/DSD_DE/1.0.0?references=children"))`,
        `areas <- as.data.frame(slot(dsd, "codelists"), codelistId = "CL_AREA")`,
        `data <- as.data.frame(readSDMX(paste0(base, "/data/dataflow/SYTJJ/DF_DE/1.0.0/Q.DE001..LEVEL?lastNObservations=4")))`,
        `head(data)`,
      ].join("\n"),
    },
    {
      id: "excel",
      lang: "text",
      code: [
        `Excel / Power BI: 数据 → 自 Web (Data → From Web), URL:`,
        csvUrl,
        ``,
        `Power Query (M):`,
        `= Csv.Document(Web.Contents("${csvUrl}"), [Delimiter = ",", Encoding = 65001, QuoteStyle = QuoteStyle.Csv])`,
      ].join("\n"),
    },
    {
      id: "jsonstat",
      lang: "shell",
      code: [`curl -s "${base}/api/v1/observations?indicator=DE001,DE004&region=210100&from=2024Q1&format=jsonstat"`, `curl -s "${base}/api/v1/observations?indicator=DE001&measure=yoy&format=jsonstat&lang=en"`].join("\n"),
    },
  ];
}
