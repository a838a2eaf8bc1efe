// serverless.yml's `functions`: one Lambda per route of the contract (shared/src/contract), plus
// the scheduled jobs. The contract is TypeScript, so esbuild compiles it here first.
const { buildSync } = require('esbuild')
const fs = require('node:fs')
const path = require('node:path')

const root = path.join(__dirname, '..')

function loadContract() {
  const { outputFiles } = buildSync({
    entryPoints: [path.join(root, 'shared/src/contract/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'silent',
  })
  const mod = { exports: {} }
  new Function('module', 'exports', 'require', outputFiles[0].text)(mod, mod.exports, require)
  return mod.exports
}

const handlerFile = (name) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

/**
 * The font the PDFs embed a subset of (PDF_FONT, Debian's fonts-wqy-microhei by default),
 * copied from the machine that packages to where the PDF routes' packages take it from.
 */
function fontFile() {
  const font = process.env.PDF_FONT || '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc'
  const file = '.fonts/wqy-microhei.ttc'
  fs.mkdirSync(path.join(root, '.fonts'), { recursive: true })
  fs.copyFileSync(font, path.join(root, file))
  return file
}

module.exports = ({ options }) => {
  const { routes, PDF } = loadContract()
  // Only a stage packaged for AWS carries the font: locally (serverless-offline, stage
  // `local`) PDF_FONT names the machine's own, and serving must not need it nor rewrite the
  // copy while a package of another stage is being zipped.
  const font = (options.stage ?? 'local') !== 'local' && fontFile()
  const functions = {}
  for (const [name, route] of Object.entries(routes)) {
    functions[name] = {
      handler: `functions/src/handlers/${handlerFile(name)}.handler`,
      events: [{ httpApi: { method: route.method, path: route.path } }],
      ...(route.timeoutSeconds && { timeout: route.timeoutSeconds }),
      ...(font && route.answer.file === PDF && { package: { patterns: [font] } }),
    }
  }
  functions.finalizeDueMonths = {
    handler: 'functions/src/handlers/finalize-due-months.handler',
    description:
      'Daily: queues the finalisation of every village-month whose objection window has closed',
    events: [{ schedule: { rate: 'cron(30 16 * * ? *)', description: '00:30 Asia/Shanghai' } }],
  }
  functions.runJobs = {
    handler: 'functions/src/handlers/run-jobs.handler',
    description: 'Runs the pieces of the town-wide jobs from the job queue',
    timeout: 30,
    events: [
      {
        sqs: {
          arn: { 'Fn::GetAtt': ['JobQueue', 'Arn'] },
          batchSize: 1,
          // At most this many pieces at once, town after town: DynamoDB on demand takes it.
          maximumConcurrency: 10,
          functionResponseType: 'ReportBatchItemFailures',
        },
      },
    ],
  }
  return functions
}
