// Chinese messages (the default UI language). Each says what was found and what was expected.
// Keys are the stable codes; messages-en.ts must have the same keys (checked by the type).
export type MsgParams = Record<string, string | number | null | undefined>;
type Fn = (p: MsgParams) => string;

const q = (s: unknown) => (s === undefined || s === null || s === "" ? "（空）" : `“${String(s)}”`);
const FREQ: Record<string, string> = { MONTH: "月度", QUARTER: "季度", YEAR: "年度" };
const KIND: Record<string, string> = {
  png: "PNG 图片", jpeg: "JPEG 图片", gif: "GIF 图片", pdf: "PDF 文件", zip: "ZIP 压缩包",
  xlsx: "Excel 工作簿（.xlsx）", xls: "旧版 Excel 工作簿（.xls）", ods: "OpenDocument 表格（.ods）", binary: "二进制文件",
};
/** Why a workbook could not be opened (workbook/workbook-errors.ts). */
const WHY: Record<string, string> = {
  zip: "压缩结构损坏或文件不完整",
  cfb: "OLE2 复合文档结构损坏或文件不完整",
  xml: "XML 不完整或格式错误",
  dtd: "含有 DTD 或实体声明（电子表格软件不会写出，出于安全原因拒绝）",
  depth: "XML 嵌套超过 100 层",
  text: "单个文本超过 32767 个字符（单元格上限）",
  missing: "缺少必需的部件",
  cell: "单元格或行号超出工作表范围（最多 1048576 行、16384 列）",
  biff: "记录损坏",
  format: "文件内容不是这种格式",
  notSheet: "这是 OpenDocument 文档，但不是电子表格",
};
const why = (p: MsgParams) => (p.reason ? `：${p.part ? `${p.part} ` : ""}${WHY[String(p.reason)] ?? ""}` : "");

export const ZH = {
  // ---- whole file
  TOO_LARGE: (p) => `文件超过大小上限 ${p.limit}，已停止读取。请拆分成较小的文件分批上传。`,
  NOT_TEXT: (p) =>
    `文件不是文本格式的 CSV（看起来是${KIND[String(p.kind)] ?? KIND.binary}）。` +
    (p.kind === "xlsx" || p.kind === "xls" || p.kind === "ods"
      ? "请以工作簿原来的扩展名（.xlsx、.xls、.et、.ods）直接上传，或在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”。"
      : "请在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”，或直接上传工作簿（.xlsx、.xls、.et、.ods）。"),
  EMPTY_FILE: () => "文件为空：没有任何内容。应包含一行表头和至少一行数据。",
  HEADER_ONLY: () => "文件只有表头，没有数据行。请在表头下填写数据后再上传。",
  MISSING_COLUMN: (p) =>
    p.noHeader
      ? `未找到表头行：前 ${p.scanned} 行中没有可识别的列名（第一行为：${p.found}）。长表应有 指标、地区、时期、数值 列；宽表应有 指标 或 地区 列，其余列名为时期（如 2025年第一季度）。`
      : `缺少必需的列：${p.missing}。表头为：${p.found}。`,
  TOO_MANY_COLUMNS: (p) => `第 ${p.line} 行有 ${p.found} 列，超过上限 ${p.limit} 列，已停止读取。`,
  TOO_MANY_ROWS: (p) => `数据超过 ${p.limit} 行（数值）的上限，已停止读取。请拆分文件分批上传。`,
  CELL_TOO_LONG: (p) => `单元格长度为 ${p.found} 个字符，超过上限 ${p.limit}。`,
  UNCLOSED_QUOTE: () => "此行开始的英文双引号没有闭合，从这里到文件末尾都被当作一个单元格。请检查多余的引号。",
  ENCODING_SUSPECT: (p) =>
    `文件编码可能识别错误：按 ${p.encoding} 解码后${p.reason === "replacement" ? `有 ${p.count} 处字符无法解码` : p.reason === "mixed" ? "，此行出现了不符合该编码的字节（文件混用了多种编码）" : `，名称与指标目录、地区名称对不上（如 ${q(p.sample)}）`}。请在 Excel/WPS 中另存为“CSV UTF-8（逗号分隔）”后重新上传。`,
  INVALID_XLSX: (p) => `文件不是有效的 .xlsx 工作簿，无法打开${why(p)}。请在 Excel/WPS 中重新另存为 .xlsx 或 CSV。`,
  INVALID_XLS: (p) => `文件不是有效的 Excel 97-2003 工作簿（.xls / WPS .et），无法打开${why(p)}。请在 Excel/WPS 中另存为 .xlsx 或 CSV。`,
  INVALID_ODS: (p) => `文件不是有效的 OpenDocument 表格（.ods），无法打开${why(p)}。请在 LibreOffice/WPS 中重新另存为 .ods、.xlsx 或 CSV。`,
  WORKBOOK_TOO_LARGE: (p) =>
    `工作簿解压后过大：${p.part} ${p.cells ? `展开后超过 ${p.cells} 个单元格` : `解压后超过 ${p.limit}`}，已停止读取，没有导入任何数据。这通常是异常构造的文件（压缩炸弹）；正常的大表请拆分后分批上传，或另存为 CSV。`,
  SHARED_STRINGS_TOO_LARGE: (p) =>
    `工作簿解压后过大：共享字符串表超过 ${p.limit} ${p.what === "count" ? "个字符串" : "个字符"}，已停止读取，没有导入任何数据。正常的大表请拆分后分批上传，或另存为 CSV。`,
  WORKBOOK_ENCRYPTED: () => "工作簿已加密（设有打开密码），无法读取。请在 Excel/WPS 中取消密码后另存，再上传。",
  XLS_TOO_OLD: () => "这是 Excel 5.0/95 或更早版本的工作簿，无法读取。请在 Excel/WPS 中另存为 .xlsx 后上传。",
  SHEET_NOT_FOUND: (p) => `工作簿中没有名为 ${q(p.found)} 的工作表。现有工作表：${p.expected}。`,
  // ---- rows
  UNKNOWN_INDICATOR: (p) => `未知指标 ${q(p.found)}：应为目录中的指标代码（如 DE001）或完整的中文指标名称。`,
  RETIRED_INDICATOR: (p) => `指标 ${p.code} ${p.name} 已停用，不再接受上传数据。请删除这些行或联系管理员。`,
  UNKNOWN_REGION: (p) =>
    `未知地区 ${q(p.found)}：应为 6 位区划代码（如 210102）或区县名称（如 和平区、全市）。` +
    (p.zone ? "开发区、高新区等功能区没有区划代码，与区县重叠，不能单独上传。" : ""),
  NAME_MISMATCH: (p) => `名称 ${q(p.found)} 与代码 ${p.code} 不一致：该代码对应 ${q(p.expected)}。`,
  UNIT_MISMATCH: (p) => `单位 ${q(p.found)} 与指标 ${p.code} 的计量单位 ${q(p.expected)} 不一致。请换算后再上传。`,
  INVALID_PERIOD: (p) =>
    `时期 ${q(p.found)} 无法识别或不存在：应为 2025Q1、2025年第一季度、2025M03、2025年3月、2025年1-9月、2025年 等形式。`,
  FREQUENCY_MISMATCH: (p) =>
    `时期 ${q(p.found)} 与指标 ${p.code} 的频率不符：该指标为${FREQ[String(p.frequency)]}数据` +
    (p.hint === "span" ? "，而该时期不是从 1 月开始的累计期，也不是一个完整的统计期。" : p.hint === "year" ? "；如果这是截至年末的累计或期末值，请写作“2025年全年”或 2025Q4/2025M12。" : p.hint === "period" ? `；当期指标只接受一个完整的${FREQ[String(p.frequency)]}统计期。` : `，应写作 ${p.expected}。`),
  NOT_A_NUMBER: (p) =>
    `数值 ${q(p.found)} 不是数字：应为如 1234.5 的数字，或 —（无数据）、x（保密）等标记。` +
    (p.hint === "exponent" ? "该数值是科学计数法，导出时可能丢失了位数；请把单元格格式设为数值后重新导出。" : p.hint === "comma" ? "千位分隔符应为每三位一个逗号。" : ""),
  PERCENT_NOT_ALLOWED: (p) => `数值 ${q(p.found)} 带百分号，但指标 ${p.code} 的单位是 ${q(p.unit)}：只有单位为 % 的指标可以带 %。`,
  INVALID_UNITS: (p) => `调查单位数 ${q(p.found)} 应为不小于 0 的整数（该列不公开，仅用于保密规则）。`,
  INVALID_CONTRIBUTION: (p) =>
    `单位数值 ${q(p.found)} 应为不小于 0 的数字，且不大于${p.limit === null || p.limit === undefined ? "本行数值" : ` ${p.limit}（本行数值或最大单位数值）`}（该列不公开，仅用于保密规则）。`,
  NEGATIVE_NOT_ALLOWED: (p) => `数值 ${p.found} 为负数：指标 ${p.code}（${p.unit}）是总量或计数，不能为负。`,
  OUT_OF_RANGE: (p) => (p.digits ? `数值 ${q(p.found)} 位数过多：整数部分最多 ${p.digits} 位。` : `数值 ${p.found} 超出指标 ${p.code} 的允许范围 ${p.range}。`),
  DUPLICATE_KEY: (p) => `同一指标、地区、时期（${p.key}）重复出现：第 ${p.lines} 行。每个组合只能出现一次。`,
  EMPTY_VALUE: (p) => (p.flag ? `标志为 ${q(p.flag)} 但数值为空：初步数、估计数必须填写数值。` : "数值为空且没有标志：请填写数值，或用 —（无数据）、x（保密）标明。"),
  COLUMN_COUNT: (p) =>
    `本行有 ${p.found} 列，而表头有 ${p.expected} 列。` +
    (Number(p.found) > Number(p.expected) ? "多出的列可能来自未加引号的千位分隔符（如 1,234.5 应写作 \"1,234.5\"）或单元格中的逗号。" : "请补齐缺少的列。"),
  INVALID_FLAG: (p) => (p.conflict ? `标志 ${q(p.found)} 与数值中的标记 ${q(p.other)} 相互矛盾。` : `标志 ${q(p.found)} 无法识别：应为 初步、估计、保密（x）、缺失（—）之一，或留空。` + (p.digits ? "它像是数值的一部分：千位分隔符（如 1,234.5）必须放在英文双引号内。" : "")),
  // ---- warnings
  REGION_DEFAULTED: (p) => `表中没有地区列：全部数值按 ${p.name}（${p.code}）导入。`,
  REGION_RENAMED: (p) => `地区 ${q(p.found)} 是旧名称，已按 ${p.name}（${p.code}）导入。`,
  UNKNOWN_COLUMN: (p) => `列 ${q(p.found)} 无法识别，已忽略。`,
  UNNAMED_COLUMN: (p) => `第 ${p.column} 列没有列名但有数据，已忽略。`,
  VALUE_ROUNDED: (p) => `${p.count} 个数值的小数超过 ${p.digits} 位，已四舍五入保留 ${p.digits} 位（首次见第 ${p.line} 行）。`,
  GROWTH_COLUMN_IGNORED: (p) => `指标 ${p.code} 的同比增长列在目录中没有对应的增速指标，已忽略。`,
  FILLED_DOWN: (p) => `第 ${p.lines} 行（共 ${p.count} 行）的 ${p.columns} 为空，已按合并单元格沿用上一行的值。请核对这些行是否属于上方的指标或地区。`,
  EMPTY_CELLS_SKIPPED: (p) => `宽表中有 ${p.count} 个空单元格，视为未报送，已跳过。`,
  ERRORS_TRUNCATED: (p) => `共有 ${p.count} 个错误，只列出前 ${p.kept} 个。`,
  QUALITY_SKIPPED: (p) => `数值超过 ${p.limit} 个，未做质量检查（区县合计、增速核对等）。`,
  DISTRICT_SUM_MISMATCH: (p) => `${p.label}：区县合计 ${p.sum} 与全市 ${p.total} 相差 ${p.diff}%，超过 ${p.tolerance}% 的容差。`,
  PARTS_SUM_MISMATCH: (p) => `${p.label}：${p.parts} 之和 ${p.sum} 与 ${p.totalCode} ${p.total} 相差 ${p.diff}%，超过 ${p.tolerance}% 的容差。`,
  YTD_DECREASE: (p) => `${p.label}：累计值 ${p.value} 低于上期（${p.prevPeriod}）累计值 ${p.prev}，累计数不应下降。`,
  QOQ_JUMP: (p) => `${p.label}：${p.basis}由 ${p.prev}（${p.prevPeriod}）变为 ${p.value}，变动 ${p.change}%，超过 ${p.threshold}% 的阈值，请核实。`,
  VALUE_OUTLIER: (p) => `${p.label}：填报 ${p.value}，本序列近${p.n}期中位数 ${p.median}${p.scaled ? "（累计值按月数折算）" : ""}，相差约 ${p.times} 倍，请核实单位、小数点或位数。`,
  VALUE_OUTLIER_INDICATOR: (p) => `${p.label}：填报 ${p.value}，该指标其他地区、时期的中位数 ${p.median}（${p.n} 个数值${p.scaled ? "，累计值按月数折算" : ""}），相差约 ${p.times} 倍，请核实单位、小数点或位数。`,
  VALUE_OUTLIER_MORE: (p) => `另有 ${p.count} 个数值与本序列已发布值相差 ${p.factor} 倍以上，未逐一列出。`,
  RULE_RANGE: (p) => `${p.label}：允许 ${p.expected}，填报 ${p.value}。`,
  RULE_YOY_BAND: (p) => `${p.label}：上年同期 ${p.base}，允许 ${p.low}–${p.high}（±${p.pct}%），填报 ${p.value}。`,
  GROWTH_MISMATCH: (p) => `${p.label}：文件中的增速 ${p.stated}% 与按上年同期已发布值 ${p.base} 计算的 ${p.computed}% 相差 ${p.diff} 个百分点（容差 ${p.tolerance}）。官方增速按可比价计算，照原样保留。`,
  // ---- skipped-line reasons
  SKIP_TITLE: () => "表格上方的标题行",
  SKIP_PREAMBLE: () => "表格上方的说明行（数据库、时间、单位等）",
  SKIP_NOTE: () => "表格下方的注释（注、数据来源、说明等）",
  SKIP_HEADING: () => "分组标题行（没有数值）",
} satisfies Record<string, Fn>;
