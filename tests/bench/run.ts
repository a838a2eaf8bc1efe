// `npm run bench`: the local stack in memory, a village of 500 households and 5,000 approved
// entries, then a town of 20 villages × 1,000 households and its town-wide jobs, then the
// figures that matter on this machine, printed as a table and written to bench/results.json.
// A script, not a test: it measures, it asserts nothing.
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb'
import {
  BatchWriteCommand,
  DynamoDBDocumentClient,
  TransactWriteCommand,
} from '@aws-sdk/lib-dynamodb'
import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { buildSync, type BuildOptions } from 'esbuild'
import { DEFAULT_SCHEMA, load, Type } from 'js-yaml'
import ExcelJS from 'exceljs'
import { ROSTER_COLUMNS, routes, type RouteSpec, withIdCheck } from '@jifenbao/shared'
import { ulid } from 'ulid'
import { startEphemeralBackend } from '../../infra/src/ephemeral'
import { bytesUnder, buildMiniapp, weappPackages } from '../../infra/src/miniapp'
import { localClient } from '../../infra/src/table'
import { approvedEntries } from './entries'
import { firstScreens } from './first-screen'
import { printTown, townAtScale } from './town'
import { counted } from './requests'
import { percentiles, round, timedConcurrently } from './stats'

const root = join(__dirname, '../..')
const HOUSEHOLDS = 500
const ENTRIES = 5000
const CLERKS = 16
const REDEMPTIONS_EACH = 20
const READS_EACH = 30
const MONTH = '2026-10'
const WORK_FOLDER = '.esbuild-bench'

async function main() {
  const started = Date.now()
  const miniapp = await miniappSizes()
  const backend = await startEphemeralBackend(WORK_FOLDER)
  Object.assign(process.env, backend.env, { LOG_LEVEL: 'SILENT' })
  // The Lambda bundles serverless-offline built, kept: it removes them when it stops, and they
  // are timed once the engine and the API no longer share the machine.
  const builtHandlers = mkdtempSync(join(root, 'node_modules/.jifenbao-handlers-'))
  let results: Record<string, unknown>
  try {
    results = { ...(await measure(backend.api.url, backend.engine.endpoint)), miniapp }
    cpSync(join(root, WORK_FOLDER, '.build/functions/src/handlers'), builtHandlers, {
      recursive: true,
    })
  } finally {
    await backend.stop()
  }
  try {
    results.bundles = bundles(builtHandlers)
  } finally {
    rmSync(builtHandlers, { recursive: true, force: true })
  }
  results.totalSeconds = round((Date.now() - started) / 1000)
  print(results)
  mkdirSync(join(root, 'bench'), { recursive: true })
  writeFileSync(join(root, 'bench/results.json'), JSON.stringify(results, null, 2))
}

async function http(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<any> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...headers,
      ...(body !== undefined && { 'content-type': 'application/json' }),
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const json = await response.json()
  if (!response.ok)
    throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(json)}`)
  return json
}

async function measure(base: string, endpoint: string): Promise<Record<string, unknown>> {
  // The data layer, loaded only now that the environment points at this run's engine.
  const { db, table } = await import('../../functions/src/data/client')
  const org = await import('../../functions/src/data/org')
  const { post } = await import('../../functions/src/data/ledger')
  const { publishMonth, finalizeMonth } = await import('../../functions/src/services/month')

  // A town, one village of 5 grids × 10 groups × 10 households, through the API and the data layer.
  const { townId, adminToken } = await http(base, 'POST', '/dev/towns', undefined, {
    name: '基准镇',
  })
  const actor = { personId: 'bench', townId, requestId: 'bench', now: new Date() }
  const village = await org.createVillage(actor, '基准村')
  const households: Awaited<ReturnType<typeof org.createHousehold>>[] = []
  for (let g = 0; g < 5; g++) {
    const grid = await org.createGrid(actor, village, `网格${g}`)
    for (let k = 0; k < 10; k++) {
      const group = await org.createGroup(actor, grid, `小组${k}`)
      for (let h = 0; h < HOUSEHOLDS / 50; h++)
        households.push(await org.createHousehold(actor, group, `户${households.length}`))
    }
  }
  // 5,000 approved entries of last month, written straight to the table.
  const entries = await approvedEntries(households, MONTH, ENTRIES, actor.now)
  const doc = db()
  for (let i = 0; i < entries.length; i += 25) {
    await doc.send(
      new BatchWriteCommand({
        RequestItems: {
          [table()]: entries.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })),
        },
      }),
    )
  }

  // Publish and finalise in this process, counting every DynamoDB request and its capacity.
  const phase = async (run: () => Promise<unknown>) => {
    const { wallSeconds, requests, capacityUnits } = await counted(doc, run)
    return {
      wallSeconds,
      requests,
      requestsPerHousehold: round(requests / HOUSEHOLDS, 2),
      capacityUnits,
      capacityPerHousehold: round(capacityUnits / HOUSEHOLDS, 2),
    }
  }
  const later = { ...actor, now: new Date(Date.now() + 8 * 86_400_000) }
  const publish = await phase(() => publishMonth(actor, village, MONTH))
  const finalise = await phase(() => finalizeMonth(later, townId, village.id, MONTH))

  // Clerks, villagers with beans, and a shop, for the redemption figures.
  const shop = await http(base, 'POST', '/shops', adminToken, {
    name: '共富超市',
    kind: 'supermarket',
    villageIds: [village.id],
  })
  const soap = await http(base, 'POST', `/shops/${shop.id}/items`, adminToken, {
    name: '肥皂',
    price: 1,
  })
  const signIn = async (body: object) => {
    const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`
    const { id } = await http(base, 'POST', '/people', adminToken, { name: '基准', phone, ...body })
    return { id, phone }
  }
  const clerks: string[] = []
  const payers: { token: string; householdId: string }[] = []
  for (let c = 0; c < CLERKS; c++) {
    const clerk = await signIn({})
    await http(base, 'POST', '/roles', adminToken, {
      personId: clerk.id,
      role: 'clerk',
      scopeId: shop.id,
    })
    clerks.push(
      (await http(base, 'POST', '/auth/dev', undefined, { phone: clerk.phone, townId })).token,
    )
    const household = households[c * 7]!
    const villager = await signIn({ householdId: household.id })
    payers.push({
      token: (await http(base, 'POST', '/auth/dev', undefined, { phone: villager.phone, townId }))
        .token,
      householdId: household.id,
    })
    await post({
      id: `bench-${household.id}`,
      townId,
      householdId: household.id,
      kind: 'adjustment',
      amount: 1000,
      source: { type: 'adjustment', id: 'bench' },
      at: actor.now.toISOString(),
    })
  }
  const redemption = percentiles(
    await timedConcurrently(CLERKS, REDEMPTIONS_EACH, async (w) => {
      const { code } = await http(
        base,
        'POST',
        `/households/${payers[w]!.householdId}/pay-code`,
        payers[w]!.token,
      )
      const start = performance.now()
      await http(base, 'POST', `/shops/${shop.id}/redemptions`, clerks[w], {
        code,
        lines: [{ itemId: soap.id, qty: 1 }],
      })
      return performance.now() - start
    }),
  )

  // The raw engine doing the same shape of write at the same concurrency: a conditional update and a put.
  const raw = DynamoDBDocumentClient.from(localClient(endpoint))
  const rawTransact = percentiles(
    await timedConcurrently(CLERKS, REDEMPTIONS_EACH, (w, i) =>
      raw.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Update: {
                TableName: table(),
                Key: { PK: `BENCH#${w}`, SK: 'BAL' },
                UpdateExpression: 'ADD balance :d',
                ExpressionAttributeValues: { ':d': -1 },
              },
            },
            {
              Put: {
                TableName: table(),
                Item: { PK: `BENCH#${w}`, SK: `POST#${i}` },
                ConditionExpression: 'attribute_not_exists(PK)',
              },
            },
          ],
        }),
      ),
    ),
  )

  const summary = percentiles(
    await timedConcurrently(CLERKS, READS_EACH, (w, i) =>
      http(
        base,
        'GET',
        `/households/${households[(w * READS_EACH + i) % HOUSEHOLDS]!.id}`,
        adminToken,
      ),
    ),
  )
  const rawClient = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  })
  const rawGet = percentiles(
    await timedConcurrently(CLERKS, READS_EACH, (w, i) =>
      rawClient.send(
        new GetItemCommand({
          TableName: table(),
          Key: {
            PK: { S: `HH#${households[(w * READS_EACH + i) % HOUSEHOLDS]!.id}` },
            SK: { S: 'HH' },
          },
        }),
      ),
    ),
  )

  return {
    machine: { node: process.version, cores: (await import('node:os')).cpus().length },
    seeded: { households: HOUSEHOLDS, entries: ENTRIES },
    redemption: {
      api: redemption,
      rawTransactWriteItems: rawTransact,
      ratioP50: round(redemption.p50 / rawTransact.p50, 2),
      concurrency: CLERKS,
    },
    householdSummary: {
      api: summary,
      rawGetItem: rawGet,
      ratioP50: round(summary.p50 / rawGet.p50, 2),
      concurrency: CLERKS,
    },
    publish,
    finalise,
    rosterImport: await rosterImport(base, adminToken),
    poster: await posterSize(base, adminToken, village.id),
    town: await townAtScale(base),
    firstScreens: await firstScreens(base),
  }
}

/** A village's roster of 500 households of three (each person with a phone and an ID number) from one workbook, through the API. */
async function rosterImport(base: string, adminToken: string) {
  const village = await http(base, 'POST', '/villages', adminToken, { name: '导入村' })
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('花名册')
  sheet.addRow([...ROSTER_COLUMNS])
  for (let h = 0; h < HOUSEHOLDS; h++) {
    const head = `户主${h}`
    for (const [m, name] of [head, `${head}妻`, `${head}子`].entries()) {
      const n = String(h * 3 + m).padStart(7, '0')
      sheet.addRow([
        `网格${h % 5}`,
        `小组${h % 50}`,
        head,
        `${h}号`,
        name,
        `1370${n}`,
        withIdCheck(`3301021960${n}`),
        m ? '否' : '是',
      ])
    }
  }
  const bytes = Buffer.from(await book.xlsx.writeBuffer())
  const body = { fileName: '花名册.xlsx', contentBase64: bytes.toString('base64') }
  const url = `/villages/${village.id}/roster-imports`
  const timed = async (run: () => Promise<any>) => {
    const start = performance.now()
    const answer = await run()
    return { seconds: round((performance.now() - start) / 1000, 2), answer }
  }
  const dry = await timed(() => http(base, 'POST', `${url}?dryRun=true`, adminToken, body))
  const real = await timed(() =>
    http(base, 'POST', `${url}?dryRun=false`, adminToken, body, { 'Idempotency-Key': ulid() }),
  )
  return {
    households: real.answer.households,
    people: real.answer.people,
    fileKb: round(bytes.length / 1024),
    dryRunSeconds: dry.seconds,
    importSeconds: real.seconds,
  }
}

/** The 公示 poster of the 500-household month: its size (the goal is under 1 MB) and pages. */
async function posterSize(base: string, adminToken: string, villageId: string) {
  const start = performance.now()
  const response = await fetch(`${base}/villages/${villageId}/months/${MONTH}/poster.pdf`, {
    headers: { authorization: `Bearer ${adminToken}` },
  })
  if (!response.ok) throw new Error(`poster → ${response.status}`)
  const bytes = Buffer.from(await response.arrayBuffer())
  return {
    households: HOUSEHOLDS,
    kb: round(bytes.length / 1024),
    pages: (bytes.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length,
    seconds: round((performance.now() - start) / 1000, 2),
  }
}

/** The mini-program's release builds: each weapp package (WeChat's limits: main 1 MB, each 2 MB) and the H5 total. */
async function miniappSizes() {
  const kb = (bytes: number) => round(bytes / 1024)
  const weapp = mkdtempSync(join(tmpdir(), 'jifenbao-bench-weapp-'))
  const h5 = mkdtempSync(join(tmpdir(), 'jifenbao-bench-h5-'))
  await Promise.all([
    buildMiniapp('weapp', { MINIAPP_OUTPUT: weapp }),
    buildMiniapp('h5', { MINIAPP_OUTPUT: h5 }),
  ])
  const h5Files = readdirSync(h5, { recursive: true })
    .map(String)
    .filter((f) => statSync(join(h5, f)).isFile())
  const gzipped = h5Files.reduce((sum, f) => sum + gzipSync(readFileSync(join(h5, f))).length, 0)
  const sizes = {
    weapp: weappPackages(weapp).map((p) => ({ package: p.name, kb: kb(p.bytes) })),
    h5: { files: h5Files.length, kb: kb(bytesUnder(h5)), gzipKb: kb(gzipped) },
  }
  rmSync(weapp, { recursive: true, force: true })
  rmSync(h5, { recursive: true, force: true })
  return sizes
}

/** CloudFormation's short tags, read as plain values: only custom.esbuild is wanted. */
const CLOUDFORMATION = DEFAULT_SCHEMA.extend(
  ['Ref', 'GetAtt', 'Join', 'Sub', 'Select', 'Split', 'If', 'Equals', 'Not', 'And', 'Or'].flatMap(
    (name) =>
      (['scalar', 'sequence', 'mapping'] as const).map(
        (kind) => new Type(`!${name}`, { kind, construct: (value) => ({ [name]: value }) }),
      ),
  ),
)

/** The esbuild options serverless.yml bundles each Lambda with (custom.esbuild), for the baseline. */
function lambdaBundle(): BuildOptions {
  const { custom } = load(readFileSync(join(root, 'serverless.yml'), 'utf8'), {
    schema: CLOUDFORMATION,
  }) as { custom: { esbuild: BuildOptions & { alias: Record<string, string> } } }
  const { bundle, platform, format, target, minify, mainFields, alias } = custom.esbuild
  return {
    bundle,
    platform,
    format,
    target,
    minify,
    mainFields,
    alias: Object.fromEntries(Object.entries(alias).map(([from, to]) => [from, join(root, to)])),
  }
}

/**
 * Each Lambda bundle that serverless-offline built: size against its limit (a JSON route or a
 * job 400 KB, a file route 1.5 MB) and require time in a fresh Node, against a baseline bundled
 * the same way that only creates a document client and reads. The two are required in turn,
 * 11 times each, and the medians compared: this machine has slow spells of seconds that would
 * otherwise fall on some handlers and not on the baseline.
 */
function bundles(dir: string) {
  const bareDir = mkdtempSync(join(root, 'node_modules/.jifenbao-bare-'))
  const bare = join(bareDir, 'bare.js')
  buildSync({
    ...lambdaBundle(),
    stdin: {
      contents: [
        "import { DynamoDBClient } from '@aws-sdk/client-dynamodb'",
        "import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb'",
        'const doc = DynamoDBDocumentClient.from(new DynamoDBClient({}))',
        'export const handler = async () => ({ statusCode: 200, body: JSON.stringify(',
        "  (await doc.send(new GetCommand({ TableName: 't', Key: { PK: 'a', SK: 'b' } }))).Item ?? null) })",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
    },
    outfile: bare,
  })
  const env = { ...process.env, STAGE: 'prod', JOB_QUEUE_URL: '' }
  const requireOnce = (file: string) =>
    Number(
      spawnSync(
        process.execPath,
        [
          '-e',
          `const t = process.hrtime.bigint(); require(${JSON.stringify(file)}); console.log(Number(process.hrtime.bigint() - t) / 1e6)`,
        ],
        { encoding: 'utf8', env },
      ).stdout.trim(),
    )
  const median = (ms: number[]) => ms.sort((a, b) => a - b)[ms.length >> 1]!
  const inTurn = (file: string) => {
    const own: number[] = []
    const baseline: number[] = []
    for (let i = 0; i < 11; i++) {
      baseline.push(requireOnce(bare))
      own.push(requireOnce(file))
    }
    return { requireMs: round(median(own), 1), baselineMs: round(median(baseline), 1) }
  }
  // A file route answers with a file or reads one (the roster workbook, sent in base64).
  const fileRoutes = new Set(
    Object.entries(routes as Record<string, RouteSpec>)
      .filter(
        ([, r]) =>
          'file' in r.answer ||
          (r.body !== undefined &&
            'shape' in r.body &&
            'contentBase64' in (r.body.shape as object)),
      )
      .map(([name]) => handlerFile(name)),
  )
  const handlers = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => {
      const handler = f.replace(/\.js$/, '')
      const file = fileRoutes.has(handler)
      const { requireMs, baselineMs } = inTurn(join(dir, f))
      return {
        handler,
        file,
        kb: round(statSync(join(dir, f)).size / 1024),
        limitKb: file ? 1536 : 400,
        requireMs,
        ratio: round(requireMs / baselineMs, 2),
      }
    })
  const baseline = {
    kb: round(statSync(bare).size / 1024, 2),
    requireMs: round(median(Array.from({ length: 11 }, () => requireOnce(bare))), 1),
  }
  rmSync(bareDir, { recursive: true, force: true })
  const json = handlers.filter((h) => !h.file)
  return {
    bare: baseline,
    handlers,
    overSize: handlers.filter((h) => h.kb > h.limitKb).map((h) => h.handler),
    json: json.length,
    jsonOverRequire: json.filter((h) => h.ratio > 1.5).map((h) => h.handler),
    fileRequireMs: median(handlers.filter((h) => h.file).map((h) => h.requireMs)),
  }
}

const handlerFile = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)

function print(r: Record<string, any>) {
  const row = (cells: (string | number)[]) =>
    console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 16)).join(''))
  console.log(
    `\n积分宝 bench — ${r.seeded.households} households, ${r.seeded.entries} entries, ${r.machine.cores} cores, Node ${r.machine.node}\n`,
  )
  row(['latency (ms)', 'n', 'p50', 'p99', 'ratio p50'])
  row([
    `redemption via API (${r.redemption.concurrency} clerks)`,
    r.redemption.api.n,
    r.redemption.api.p50,
    r.redemption.api.p99,
    r.redemption.ratioP50,
  ])
  row([
    'raw TransactWriteItems',
    r.redemption.rawTransactWriteItems.n,
    r.redemption.rawTransactWriteItems.p50,
    r.redemption.rawTransactWriteItems.p99,
    '',
  ])
  row([
    'household summary via API',
    r.householdSummary.api.n,
    r.householdSummary.api.p50,
    r.householdSummary.api.p99,
    r.householdSummary.ratioP50,
  ])
  row([
    'raw GetItem',
    r.householdSummary.rawGetItem.n,
    r.householdSummary.rawGetItem.p50,
    r.householdSummary.rawGetItem.p99,
    '',
  ])
  console.log('')
  row([
    'month of 500 households',
    'wall s',
    'requests',
    'req/household',
    'capacity units',
    'cu/household',
  ])
  for (const name of ['publish', 'finalise'])
    row([
      name,
      r[name].wallSeconds,
      r[name].requests,
      r[name].requestsPerHousehold,
      r[name].capacityUnits,
      r[name].capacityPerHousehold,
    ])
  console.log('')
  const roster = r.rosterImport
  row(['roster import (one workbook)', 'households', 'people', 'file KB', 'dry run s', 'import s'])
  row([
    '500 households via API',
    roster.households,
    roster.people,
    roster.fileKb,
    roster.dryRunSeconds,
    roster.importSeconds,
  ])
  console.log('')
  row(['公示 poster (PDF)', 'households', 'pages', 'KB', 'seconds'])
  row([
    `month of ${r.poster.households} households`,
    r.poster.households,
    r.poster.pages,
    r.poster.kb,
    r.poster.seconds,
  ])
  console.log('')
  printTown(r.town, row)
  console.log('')
  row(['Lambda bundle', 'KB', 'limit KB', 'require ms', '× baseline'])
  row(['(baseline: one GetItem)', r.bundles.bare.kb, '', r.bundles.bare.requireMs, 1])
  for (const b of r.bundles.handlers) row([b.handler, b.kb, b.limitKb, b.requireMs, b.ratio])
  row([`over their size limit: ${r.bundles.overSize.length} (${r.bundles.overSize.join(', ')})`])
  row([
    `JSON routes and jobs requiring in over 1.5× the baseline: ${r.bundles.jsonOverRequire.length} of ${r.bundles.json} (${r.bundles.jsonOverRequire.join(', ')})`,
  ])
  row([`file routes (exceljs, pdfkit): median require ${r.bundles.fileRequireMs} ms`])
  console.log('')
  row(['first screen (Lighthouse mobile)', 'performance', 'LCP ms', 'TBT ms', 'CLS', 'runs'])
  for (const [screen, f] of Object.entries(r.firstScreens as Record<string, any>))
    row([screen, f.performance, f.lcpMs, f.tbtMs, f.cls, f.runs.join(' ')])
  console.log('')
  row(['mini-program build', 'KB', 'limit KB'])
  for (const p of r.miniapp.weapp)
    row([`weapp ${p.package}`, p.kb, p.package === 'main' ? 1024 : 2048])
  row([`h5 total (${r.miniapp.h5.files} files)`, r.miniapp.h5.kb, ''])
  row(['h5 total gzipped', r.miniapp.h5.gzipKb, ''])
  console.log(`\ntotal ${r.totalSeconds} s; figures also in bench/results.json`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
