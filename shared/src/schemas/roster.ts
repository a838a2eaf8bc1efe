/** The roster spreadsheet's columns, in order (API.md Second round): one row per person. */
export const ROSTER_COLUMNS = [
  '网格',
  '联户小组',
  '户主',
  '地址',
  '姓名',
  '手机号',
  '身份证号',
  '党员',
] as const
