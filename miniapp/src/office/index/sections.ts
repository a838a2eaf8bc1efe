import type { Role } from '@jifenbao/shared'
import type { FC } from 'react'
import type { Office } from '../parts/office'
import { Activities } from '../sections/Activities'
import { Audit } from '../sections/Audit'
import { Catalogue } from '../sections/Catalogue'
import { Config } from '../sections/Config'
import { Dashboard } from '../sections/Dashboard'
import { Honours } from '../sections/Honours'
import { Households } from '../sections/Households'
import { Month, Review } from '../sections/Month'
import { NoticeBoard } from '../sections/NoticeBoard'
import { Reports } from '../sections/Reports'
import { Shops } from '../sections/Shops'
import { Roster, Staff } from '../sections/Staff'
import { System } from '../sections/System'
import { Villages } from '../sections/Villages'
import { Welfare } from '../sections/Welfare'

export interface Section {
  key: string
  title: string
  /** Who sees it besides the town admin. */
  roles: Role[]
  /** Whether it works on one village (the console then asks which). */
  village: boolean
  Screen: FC<{ office: Office }>
}

const VILLAGE_OFFICE: Role[] = ['infoAdmin', 'villageLeader', 'reviewBoard']

/** The console's menu, in the order of a month's work; each role sees what it may do. */
export const SECTIONS: Section[] = [
  { key: 'home', title: '概览', roles: VILLAGE_OFFICE, village: false, Screen: Dashboard },
  { key: 'config', title: '镇设置', roles: [], village: false, Screen: Config },
  { key: 'catalogue', title: '积分指标', roles: [], village: false, Screen: Catalogue },
  { key: 'villages', title: '村与网格', roles: ['infoAdmin'], village: true, Screen: Villages },
  { key: 'roster', title: '录入名册', roles: ['infoAdmin'], village: true, Screen: Roster },
  {
    key: 'households',
    title: '农户与人员',
    roles: VILLAGE_OFFICE,
    village: true,
    Screen: Households,
  },
  { key: 'staff', title: '工作人员', roles: [], village: false, Screen: Staff },
  { key: 'shops', title: '超市与商品', roles: [], village: false, Screen: Shops },
  {
    key: 'review',
    title: '审核记分',
    roles: ['villageLeader', 'reviewBoard'],
    village: true,
    Screen: Review,
  },
  {
    key: 'month',
    title: '月度公示',
    roles: ['reviewBoard', 'villageLeader'],
    village: true,
    Screen: Month,
  },
  { key: 'honours', title: '评比与评优', roles: VILLAGE_OFFICE, village: true, Screen: Honours },
  {
    key: 'activities',
    title: '活动签到',
    roles: ['villageLeader', 'infoAdmin'],
    village: true,
    Screen: Activities,
  },
  {
    key: 'notices',
    title: '通知公告',
    roles: ['infoAdmin', 'villageLeader'],
    village: true,
    Screen: NoticeBoard,
  },
  { key: 'welfare', title: '福利发放', roles: VILLAGE_OFFICE, village: true, Screen: Welfare },
  { key: 'reports', title: '报表', roles: VILLAGE_OFFICE, village: false, Screen: Reports },
  { key: 'audit', title: '操作记录', roles: [], village: false, Screen: Audit },
  { key: 'system', title: '系统状态', roles: [], village: false, Screen: System },
]

export const sectionsFor = (role: Role) =>
  SECTIONS.filter((s) => role === 'townAdmin' || s.roles.includes(role))
