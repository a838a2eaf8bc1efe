// `npm run check:ledger`: the ledger check against the local stack (or TABLE_NAME and
// DYNAMODB_ENDPOINT when set). Prints one verdict line; exits 1 on any mismatch.
import { checkLedger, verdictLine } from './check-ledger'
import { localEnv } from './local-env'
import { localClient } from './table'

const endpoint = process.env.DYNAMODB_ENDPOINT ?? localEnv.DYNAMODB_ENDPOINT
const table = process.env.TABLE_NAME ?? localEnv.TABLE_NAME

checkLedger(localClient(endpoint), table).then(
  (verdict) => {
    console.log(verdictLine(verdict))
    process.exit(verdict.problems.length === 0 ? 0 : 1)
  },
  (err: Error) => {
    console.error(`ledger check could not run: ${err.message}`)
    process.exit(1)
  },
)
