import { DomainError, ValidationError } from './errors'

const refusal =
  (status: number, code: string) =>
  (zh: string, en: string, details?: unknown): DomainError =>
    new DomainError(status, code, zh, en, details)

const badCode = refusal(400, 'CODE_INVALID')
const expiredCode = refusal(400, 'CODE_EXPIRED')
const notReady = refusal(409, 'NOT_READY')
const invalidState = refusal(409, 'INVALID_STATE')
const conflict = refusal(409, 'CONFLICT')
const usedCode = refusal(409, 'CODE_USED')
const unavailable = refusal(503, 'UNAVAILABLE')

/**
 * Every refusal of a rule, by name (API.md error codes): the services, data layer and
 * adapters throw these, so that a code and its words are written once.
 */
export const Refused = {
  // The month (SPEC §4)
  monthNotOver: (month: string) => notReady('该月尚未结束，不能公示', `${month} has not ended yet`),
  entriesPending: (pendingEntryIds: string[]) =>
    notReady('还有待审核的记录', 'entries are still pending review', { pendingEntryIds }),
  monthNotPublished: (month: string) => notReady('该月尚未公示', `${month} is not published`),
  awardsNotGiven: (quarter: string) =>
    notReady('本季度奖励还没有发放', `the awards of ${quarter} have not been given`),
  yearNotOver: (year: string) => notReady('这一年还没有结束', `${year} is not over yet`),
  objectionWindowOpen: (objectionDeadline: string | undefined) =>
    notReady('公示期尚未结束', 'the objection window is still open', { objectionDeadline }),
  objectionsOpen: () => notReady('还有未处理的异议', 'objections are still open'),
  monthPublished: (month: string, status: string) =>
    invalidState('该月已公示', `${month} is already ${status}`),
  monthClosed: () =>
    refusal(409, 'MONTH_CLOSED')(
      '该月已公示，不能再添加或审核记录',
      'the month is already published',
    ),
  monthChanged: () =>
    conflict('该月数据刚刚发生变化，请重试', 'the month changed meanwhile: retry'),
  objectionsClosed: () =>
    invalidState('该月不在公示期内，不能再提出异议', 'the month is not open for objections'),
  objectionResolved: () => invalidState('该异议已处理', 'the objection is already resolved'),
  monthSettled: (status: string) =>
    invalidState('该月已结算，不能再处理异议', `the month is ${status}`),
  notVoidable: (entryId: string) =>
    invalidState(
      '只能作废本月已通过的记录',
      `entry ${entryId} is not an approved entry of this month`,
    ),
  quarterNotFinal: (missing: unknown) =>
    notReady('本季度还有月份未结算', 'months of the quarter are not final yet', { missing }),

  // Entries
  entryReviewed: (status: string) =>
    invalidState('该记录已被处理', `the entry is already ${status}`),
  capExceeded: (cap: number, details: unknown) =>
    refusal(409, 'CAP_EXCEEDED')(
      `超出本月上限（每户每月最多 ${cap} 次）`,
      `over the monthly cap of ${cap} for this household`,
      details,
    ),

  // Shops and beans (SPEC §5, §7)
  redemptionVoided: () => invalidState('该兑换已撤销', 'the redemption is already voided'),
  voidNotToday: () =>
    invalidState('只能撤销当天的兑换', 'only a redemption of today can be voided'),
  outOfStock: (name: string, itemId: string) =>
    refusal(409, 'OUT_OF_STOCK')(`${name}库存不足`, `${name} is out of stock`, { itemId }),
  insufficientBeans: () => refusal(409, 'INSUFFICIENT_BEANS')('山药豆余额不足', 'not enough beans'),
  redemptionRestricted: () =>
    refusal(403, 'RESTRICTED')(
      '该户目前被限制兑换（负面惩戒清单），请联系村委会',
      'the household may not redeem beans now (negative list): ask the village committee',
    ),
  payCodeInvalid: () =>
    badCode('付款码无效，请让村民刷新后再扫', 'the pay code is not valid: ask for a fresh one'),
  payCodeExpired: () =>
    expiredCode(
      '付款码已过期，请让村民刷新后再扫',
      'the pay code has expired: ask for a fresh one',
    ),
  payCodeUsed: () => usedCode('付款码已使用过，请让村民刷新', 'the pay code was already used'),
  balanceBusy: () => unavailable('账户繁忙，请稍后再试', 'the balance is busy: try again'),

  // Organisation, catalogue, negative list
  phoneTaken: () =>
    conflict('该手机号已登记在本镇', 'this phone number is already on the town roster', {
      field: 'phone',
    }),
  idNumberTaken: () =>
    conflict('该身份证号已登记在本镇', 'this ID number is already on the town roster', {
      field: 'idNumber',
    }),
  roleHeld: () => conflict('该人员已担任此角色', 'the person already holds this role'),
  // Activities (SPEC §8a)
  checkInCodeInvalid: () =>
    badCode(
      '这不是本次活动的签到码，请扫组织者手机上的码',
      'not a check-in code of this activity: scan the one on the organiser’s phone',
    ),
  checkInCodeExpired: () =>
    expiredCode(
      '签到码已过期，请扫组织者手机上最新的码',
      'the check-in code expired: scan the current one',
    ),
  activityNotOn: () =>
    invalidState('现在不在活动时间内，不能签到', 'the activity is not on now: check-in is closed'),
  activityNeedsPhotos: () =>
    new ValidationError([
      {
        path: 'indicatorCode',
        message:
          '该指标需要照片，不能用签到记分 / this indicator needs photos, which check-in cannot give',
      },
    ]),
  notOrganiser: () =>
    refusal(403, 'FORBIDDEN')(
      '只有活动的组织者可以这样做',
      'only the activity’s organiser may do this',
    ),
  // Welfare rounds (SPEC §8)
  welfareGiven: () =>
    conflict('这一户本轮已经发放过了', 'this household has already received this round'),
  welfareRestricted: (reason: string) =>
    refusal(403, 'RESTRICTED')(
      `该户在负面惩戒清单上，本轮不能领取：${reason}`,
      `the household is on the negative list and may not receive this round: ${reason}`,
    ),
  welfareNotEligible: () =>
    refusal(403, 'FORBIDDEN')(
      '该户本轮获得的山药豆未达到门槛，不能领取',
      'the household did not earn enough beans in the period for this round',
    ),
  householdClosed: () =>
    invalidState('该户已注销，不能再记分、迁入或变动', 'the household is closed'),
  householdMoved: () =>
    conflict('该户刚被移动过，请刷新后重试', 'the household was just moved: reload and retry'),
  indicatorExists: (code: string) =>
    conflict(`指标编码 ${code} 已存在`, `indicator ${code} exists`),
  indicatorInUse: (code: string) =>
    conflict(
      `指标 ${code} 已被使用，只能停用`,
      `indicator ${code} is referenced by entries: retire it (active=false) instead`,
    ),
  restrictionLifted: () => invalidState('该限制已解除', 'the restriction is already lifted'),

  // Sign-in (SPEC §9)
  notBound: () =>
    refusal(403, 'NOT_BOUND')(
      '请输入信息管理员给您的绑定码',
      'enter the bind code from your information administrator',
    ),
  bindCodeInvalid: () => badCode('绑定码无效', 'the bind code is not valid'),
  bindCodeExpired: () =>
    expiredCode(
      '绑定码已过期，请找信息管理员重新获取',
      'the bind code has expired: ask the information administrator for a new one',
    ),
  personLeft: () =>
    invalidState('此人已注销（迁出或去世），不能再修改或绑定', 'the person has left the roster'),
  bindCodeUsed: () => usedCode('绑定码已使用过', 'the bind code was already used'),
  wechatBoundElsewhere: () =>
    conflict('该微信已绑定其他人员', 'this WeChat account is already bound'),
  wechatCodeInvalid: () =>
    badCode(
      '微信登录凭证无效，请重新打开小程序',
      'the WeChat login code is not valid: reopen the mini-program',
    ),
  wechatRateLimited: () =>
    refusal(429, 'RATE_LIMITED')('登录太频繁，请稍后再试', 'too many sign-ins: try again shortly'),
  wechatUnavailable: () =>
    unavailable('微信服务暂时不可用，请稍后再试', 'WeChat is unavailable: try again shortly'),

  // Idempotency (API.md Conventions)
  idempotencyMismatch: () =>
    refusal(409, 'IDEMPOTENCY_MISMATCH')(
      '该幂等键已用于另一个请求',
      'this Idempotency-Key was used with another request',
    ),
  answerLost: () =>
    conflict(
      '这项操作已经完成，但答复没有送达，请刷新查看结果',
      'the request was carried out but its answer was lost: reload to see the result',
    ),
  stillRunning: () =>
    conflict('相同请求仍在处理中，请稍后重试', 'the same request is still running: retry shortly'),
} as const
