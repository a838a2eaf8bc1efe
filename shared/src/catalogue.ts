import type { Dimension } from './dimensions'

/** One line of the town's indicator catalogue (积分指标目录), SPEC §3. */
export interface Indicator {
  /** Stable code, e.g. `ZZ-01`; entries refer to it forever. */
  code: string
  name: string
  dimension: Dimension
  /** Points per unit of quantity: a non-zero integer, negative for a deduction. */
  points: number
  /** Most units per household and month (pending + approved), or null for no cap. */
  monthlyCap: number | null
  /** Whether an entry must carry photos. */
  evidence: 'photo' | 'none'
  /** Whether villagers may claim it for their own household (申报). */
  selfReport: boolean
  /** Retired indicators stay for old entries but take no new ones. */
  active: boolean
}

// prettier-ignore
/** The starter catalogue seeded into every new town; the town edits its own copy. */
export const STARTER_CATALOGUE = [
  // 自治 · 信用分
  /** Water, sanitation and insurance fees paid on time. */
  { code: 'ZZ-01', name: '按时缴纳各项费用', dimension: 'autonomy', points: 1, monthlyCap: 1, evidence: 'none', selfReport: true, active: true },
  /** Attending the villagers' meeting or a deliberation day (民主议政日). */
  { code: 'ZZ-02', name: '参加村民会议、议事活动', dimension: 'autonomy', points: 1, monthlyCap: 2, evidence: 'photo', selfReport: false, active: true },
  /** A suggestion on village affairs that the village adopted. */
  { code: 'ZZ-03', name: '提出合理化建议被采纳', dimension: 'autonomy', points: 2, monthlyCap: 2, evidence: 'none', selfReport: false, active: true },
  /** Frontage kept clean, green and orderly (门前三包). */
  { code: 'ZZ-04', name: '门前三包落实到位', dimension: 'autonomy', points: 1, monthlyCap: 1, evidence: 'photo', selfReport: true, active: true },
  /** Household waste sorted and put out correctly. */
  { code: 'ZZ-05', name: '垃圾分类投放规范', dimension: 'autonomy', points: 1, monthlyCap: 1, evidence: 'photo', selfReport: true, active: true },
  /** Cooperating with census, roster or information collection. */
  { code: 'ZZ-06', name: '配合村级信息采集', dimension: 'autonomy', points: 1, monthlyCap: 1, evidence: 'none', selfReport: false, active: true },
  /** A half-day of collective voluntary labour (义务劳动). */
  { code: 'ZZ-07', name: '参加村集体义务劳动', dimension: 'autonomy', points: 2, monthlyCap: 4, evidence: 'photo', selfReport: false, active: true },
  /** Enrolled in rural medical or pension insurance this month. */
  { code: 'ZZ-08', name: '参加城乡居民医保、养老保险', dimension: 'autonomy', points: 1, monthlyCap: 1, evidence: 'photo', selfReport: true, active: true },
  /** Fees owed to the village left unpaid after a reminder. */
  { code: 'ZZ-09', name: '拖欠应缴费用经催缴不缴', dimension: 'autonomy', points: -2, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** Refusing to cooperate with a village public matter. */
  { code: 'ZZ-10', name: '不配合村级公共事务', dimension: 'autonomy', points: -2, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** Building without permission or occupying public space. */
  { code: 'ZZ-11', name: '私搭乱建、侵占公共空间', dimension: 'autonomy', points: -5, monthlyCap: null, evidence: 'photo', selfReport: false, active: true },
  /** Firewood, rubbish or materials piled in lanes. */
  { code: 'ZZ-12', name: '乱堆乱放', dimension: 'autonomy', points: -2, monthlyCap: null, evidence: 'photo', selfReport: false, active: true },

  // 法治 · 法治分
  /** A legal-awareness lecture or publicity session attended. */
  { code: 'FZ-01', name: '参加法治宣传学习', dimension: 'law', points: 1, monthlyCap: 2, evidence: 'photo', selfReport: true, active: true },
  /** A neighbour dispute settled with the household's help. */
  { code: 'FZ-02', name: '协助调解邻里纠纷成功', dimension: 'law', points: 3, monthlyCap: 2, evidence: 'none', selfReport: false, active: true },
  /** A report of wrongdoing that the authorities confirmed. */
  { code: 'FZ-03', name: '举报违法线索经查属实', dimension: 'law', points: 3, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** A shift of the village safety patrol (平安巡逻). */
  { code: 'FZ-04', name: '参加平安巡逻', dimension: 'law', points: 2, monthlyCap: 4, evidence: 'photo', selfReport: false, active: true },
  /** Anti-fraud app installed or anti-fraud publicity passed on. */
  { code: 'FZ-05', name: '安装国家反诈中心App', dimension: 'law', points: 1, monthlyCap: 1, evidence: 'photo', selfReport: true, active: true },
  /** Keeping the household free of fire hazards after an inspection. */
  { code: 'FZ-06', name: '消防安全检查合格', dimension: 'law', points: 1, monthlyCap: 1, evidence: 'photo', selfReport: false, active: true },
  /** A breach of the village rules and covenant (村规民约). */
  { code: 'FZ-07', name: '违反村规民约', dimension: 'law', points: -5, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** An administrative or criminal penalty by the authorities. */
  { code: 'FZ-08', name: '违法被处罚', dimension: 'law', points: -10, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** Gambling or feudal-superstition activities. */
  { code: 'FZ-09', name: '参与赌博、封建迷信活动', dimension: 'law', points: -5, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** Petitioning by disruption rather than through proper channels (缠访闹访). */
  { code: 'FZ-10', name: '无理缠访、闹访', dimension: 'law', points: -5, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** Burning straw or rubbish in the open. */
  { code: 'FZ-11', name: '露天焚烧秸秆、垃圾', dimension: 'law', points: -3, monthlyCap: null, evidence: 'photo', selfReport: false, active: true },
  /** Fireworks set off where or when they are banned. */
  { code: 'FZ-12', name: '违规燃放烟花爆竹', dimension: 'law', points: -2, monthlyCap: null, evidence: 'none', selfReport: false, active: true },

  // 德治 · 公德分
  /** A volunteer service activity (志愿服务). */
  { code: 'DZ-01', name: '参加志愿服务', dimension: 'virtue', points: 2, monthlyCap: 4, evidence: 'photo', selfReport: true, active: true },
  /** Rated excellent in the village sanitation review (卫生评比). */
  { code: 'DZ-02', name: '卫生评比优秀', dimension: 'virtue', points: 3, monthlyCap: 1, evidence: 'photo', selfReport: false, active: true },
  /** A donation to a public-good cause (公益捐助). */
  { code: 'DZ-03', name: '公益捐助', dimension: 'virtue', points: 2, monthlyCap: 2, evidence: 'photo', selfReport: true, active: true },
  /** Recognised for caring for elders and family (孝老爱亲). */
  { code: 'DZ-04', name: '孝老爱亲事迹突出', dimension: 'virtue', points: 5, monthlyCap: 1, evidence: 'none', selfReport: false, active: true },
  /** An act of bravery for others (见义勇为). */
  { code: 'DZ-05', name: '见义勇为', dimension: 'virtue', points: 10, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** Returning lost property and other good deeds (拾金不昧). */
  { code: 'DZ-06', name: '拾金不昧、好人好事', dimension: 'virtue', points: 3, monthlyCap: 2, evidence: 'none', selfReport: false, active: true },
  /** Weddings and funerals kept simple (移风易俗). */
  { code: 'DZ-07', name: '红白事简办、移风易俗', dimension: 'virtue', points: 3, monthlyCap: 1, evidence: 'none', selfReport: true, active: true },
  /** Unpaid blood donation. */
  { code: 'DZ-08', name: '参加无偿献血', dimension: 'virtue', points: 3, monthlyCap: 1, evidence: 'photo', selfReport: true, active: true },
  /** Named a civilised or model family (文明家庭、最美家庭). */
  { code: 'DZ-09', name: '获评文明家庭、最美家庭', dimension: 'virtue', points: 5, monthlyCap: 1, evidence: 'photo', selfReport: false, active: true },
  /** Rated poor in the village sanitation review. */
  { code: 'DZ-10', name: '卫生评比较差', dimension: 'virtue', points: -2, monthlyCap: null, evidence: 'photo', selfReport: false, active: true },
  /** Failing to support elders or mistreating family members. */
  { code: 'DZ-11', name: '不赡养老人、虐待家庭成员', dimension: 'virtue', points: -10, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** Extravagant bride price or lavish ceremonies (高价彩礼、大操大办). */
  { code: 'DZ-12', name: '高价彩礼、大操大办', dimension: 'virtue', points: -3, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
  /** Abuse of others or uncivil conduct in public places. */
  { code: 'DZ-13', name: '辱骂他人、公共场所不文明', dimension: 'virtue', points: -2, monthlyCap: null, evidence: 'none', selfReport: false, active: true },
] as const satisfies readonly Indicator[]

export type StarterIndicatorCode = (typeof STARTER_CATALOGUE)[number]['code']
