import { log } from '../lib/log'

/**
 * The daily job (00:30 Asia/Shanghai) that finalises every village-month whose objection
 * window has closed. Months cannot be published yet (issue 4), so there is nothing to
 * finalise and it reports exactly that.
 */
export const handler = async (): Promise<{ finalised: number }> => {
  log.info('finalize-due-months: month publication is not built yet (issue 4); nothing to finalise')
  return { finalised: 0 }
}
