import { dateOf } from '@jifenbao/shared'

const SHANGHAI_MS = 8 * 3600_000

/** An instant as the village reads it: Shanghai wall-clock time, 「2026-11-26 14:05」. */
export const shanghaiTime = (iso: string) =>
  `${dateOf(iso)} ${new Date(Date.parse(iso) + SHANGHAI_MS).toISOString().slice(11, 16)}`
