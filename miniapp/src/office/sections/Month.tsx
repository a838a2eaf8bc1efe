import { MonthBoard } from '../../components/MonthBoard'
import { ReviewQueue } from '../../components/ReviewQueue'
import { mayApprove, mayPublish } from '../../lib/roles'
import type { Office } from '../parts/office'

/** The village's month for the board and the town: publish, objections, finalise. */
export const Month = ({ office }: { office: Office }) => (
  <MonthBoard villageId={office.villageId!} publisher={office.isTown || mayPublish(office.role)} />
)

/** The village's entries waiting for review. */
export const Review = ({ office }: { office: Office }) => (
  <ReviewQueue villageId={office.villageId!} approver={office.isTown || mayApprove(office.role)} />
)
