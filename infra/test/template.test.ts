import { beforeAll, describe, expect, it } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { PDF, routes } from '@jifenbao/shared'
import JSZip from 'jszip'

/** `serverless package` for an AWS stage, offline, and the CloudFormation it generates. */
describe('the AWS template', () => {
  let resources: Record<string, { Type: string; Properties: any }>
  let out: string

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'jifenbao-package-'))
    const root = join(__dirname, '../..')
    execFileSync(
      process.execPath,
      [
        join(root, 'node_modules/serverless/bin/serverless.js'),
        'package',
        '--stage',
        'prod',
        '--package',
        out,
      ],
      {
        cwd: root,
        stdio: 'pipe',
        env: {
          ...process.env,
          AWS_ACCESS_KEY_ID: '',
          AWS_SECRET_ACCESS_KEY: '',
          ESBUILD_WORK_FOLDER: '.esbuild-package',
        },
      },
    )
    resources = JSON.parse(
      readFileSync(join(out, 'cloudformation-template-update-stack.json'), 'utf8'),
    ).Resources
  }, 120_000)

  const ofType = (type: string) => Object.values(resources).filter((r) => r.Type === type)

  it('defines the single table: PK/SK, GSI1 and GSI2, on demand, point-in-time recovery', () => {
    const [table] = ofType('AWS::DynamoDB::Table')

    expect(table!.Properties.KeySchema).toEqual([
      { AttributeName: 'PK', KeyType: 'HASH' },
      { AttributeName: 'SK', KeyType: 'RANGE' },
    ])
    expect(
      table!.Properties.GlobalSecondaryIndexes.map((i: { IndexName: string }) => i.IndexName),
    ).toEqual(['GSI1', 'GSI2'])
    expect(table!.Properties.BillingMode).toBe('PAY_PER_REQUEST')
    expect(table!.Properties.PointInTimeRecoverySpecification).toEqual({
      PointInTimeRecoveryEnabled: true,
    })
  })

  it('defines a private photo bucket with CORS and a lifecycle', () => {
    const [bucket] = ofType('AWS::S3::Bucket').filter((b) => b.Properties?.CorsConfiguration)

    expect(bucket!.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    })
    expect(bucket!.Properties.LifecycleConfiguration.Rules.length).toBeGreaterThan(0)
  })

  it('routes every path of the contract to its own function', () => {
    const routeKeys = ofType('AWS::ApiGatewayV2::Route').map((r) => r.Properties.RouteKey)

    expect(routeKeys.sort()).toEqual(
      Object.values(routes)
        .map((r) => `${r.method} ${r.path}`)
        .sort(),
    )
  })

  it('schedules the daily month finalisation', () => {
    const rules = ofType('AWS::Events::Rule').map((r) => r.Properties.ScheduleExpression)

    expect(rules).toContain('cron(30 16 * * ? *)')
  })

  it('fans the town-wide jobs out through a queue with a dead-letter queue, to a consumer of bounded concurrency', () => {
    const queues = Object.entries(resources).filter(([, r]) => r.Type === 'AWS::SQS::Queue')
    const [mapping] = ofType('AWS::Lambda::EventSourceMapping')
    const functions = ofType('AWS::Lambda::Function')

    expect(queues.map(([name]) => name).sort()).toEqual(['JobDeadLetters', 'JobQueue'])
    expect(resources.JobQueue!.Properties.RedrivePolicy.maxReceiveCount).toBe(5)
    expect(mapping!.Properties.EventSourceArn).toEqual({ 'Fn::GetAtt': ['JobQueue', 'Arn'] })
    expect(mapping!.Properties.ScalingConfig).toEqual({ MaximumConcurrency: 10 })
    expect(mapping!.Properties.FunctionResponseTypes).toEqual(['ReportBatchItemFailures'])
    expect(functions[0]!.Properties.Environment.Variables.JOB_QUEUE_URL).toEqual({
      Ref: 'JobQueue',
    })
  })

  it('grants least privilege: no wildcard actions, only this table', () => {
    const statements = ofType('AWS::IAM::Role').flatMap((r) =>
      r.Properties.Policies.flatMap((p: any) => p.PolicyDocument.Statement),
    )
    const actions = statements.flatMap((s: { Action: string | string[] }) => [s.Action].flat())

    expect(actions.filter((a: string) => a.endsWith(':*') || a === '*')).toEqual([])
    expect(actions).toContain('dynamodb:Query')
  })

  it('packages pdfkit and the font with the PDF routes, and with no other function: a PDF route’s package alone makes a PDF', async () => {
    const unpacked = async (fn: string) => {
      const zip = await JSZip.loadAsync(readFileSync(join(out, `${fn}.zip`)))
      const dir = mkdtempSync(join(tmpdir(), `jifenbao-${fn}-`))
      for (const file of Object.values(zip.files).filter((f) => !f.dir)) {
        mkdirSync(dirname(join(dir, file.name)), { recursive: true })
        writeFileSync(join(dir, file.name), await file.async('nodebuffer'))
      }
      return dir
    }
    const pdfRoute = Object.entries(routes).find(
      ([, r]) => 'file' in r.answer && r.answer.file === PDF,
    )![0]
    const dir = await unpacked(pdfRoute)
    // A fresh Node in the unpacked package, as Lambda runs it: nothing else to resolve from.
    const pdf = execFileSync(
      process.execPath,
      [
        '-e',
        [
          "const PDFDocument = require('pdfkit')",
          'const doc = new PDFDocument()',
          'doc.pipe(process.stdout)',
          "doc.font('.fonts/wqy-microhei.ttc', 'WenQuanYiMicroHei').text('东尉村 山药豆')",
          'doc.end()',
        ].join('\n'),
      ],
      { cwd: dir },
    )

    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(readdirSync(await unpacked('createVillage')).sort()).toEqual(['functions'])
    expect(readdirSync(await unpacked('exportLedger')).sort()).toEqual(['functions'])
    expect(ofType('AWS::Lambda::Function')[0]!.Properties.Environment.Variables.PDF_FONT).toBe(
      '/var/task/.fonts/wqy-microhei.ttc',
    )
  })

  it('keeps secrets out of the template: they resolve from Secrets Manager at deploy time', () => {
    const fn = ofType('AWS::Lambda::Function')[0]!

    expect(fn.Properties.Environment.Variables.JWT_SECRET).toMatch(/^\{\{resolve:secretsmanager:/)
    expect(fn.Properties.Runtime).toBe('nodejs22.x')
    expect(fn.Properties.Environment.Variables.PHOTO_BUCKET).toEqual({ Ref: 'PhotoBucket' })
  })
})
