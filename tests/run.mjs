// `npm test`: one jest run over every workspace, then the closing line CI reads.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const resultsFile = `${root}.jest-results.json`
// The backend and end-to-end runs each end with a check of every ledger they wrote.
const ledgerFiles = ['.ledger-check.json', '.ledger-check-e2e.json'].map((f) => `${root}${f}`)
for (const file of [resultsFile, ...ledgerFiles]) rmSync(file, { force: true })
// Lambda runs nodejs22.x: the tests run on Node 22 or newer and say which.
console.log(`Node ${process.version}`)
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.error('the tests need Node 22 or newer (.ci/run fetches it where it is missing)')
  console.log('0 passed, 1 failed')
  process.exit(1)
}

const jest = spawnSync(
  process.execPath,
  [
    `${root}node_modules/jest/bin/jest.js`,
    '--json',
    `--outputFile=${resultsFile}`,
    ...process.argv.slice(2),
  ],
  { cwd: root, stdio: 'inherit' },
)

let passed = 0
let failed = 1
if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'))
  passed = results.numPassedTests
  // A suite that fails to load counts as a failure even though it ran no test.
  failed = results.numFailedTests + results.numRuntimeErrorTestSuites
} else {
  console.error('jest wrote no results: counted as one failure')
}
for (const file of ledgerFiles.filter((f) => existsSync(f))) {
  const { problems, line } = JSON.parse(readFileSync(file, 'utf8'))
  console.log(line)
  failed += problems.length === 0 ? 0 : 1
}
console.log(`${passed} passed, ${failed} failed`)
process.exit(jest.status === 0 && failed === 0 ? 0 : 1)
