/** The function's configuration, read from the environment once and checked at start-up. */
export interface Env {
  stage: string
  tableName: string
  /** Only set locally: DynamoDB Local's endpoint. */
  dynamoEndpoint: string | undefined
  /** Signs session tokens (HS256). */
  jwtSecret: string
  /** Encrypts and keys personal numbers (32 bytes, base64). */
  piiKey: string
  photoBucket: string
  /** Only set locally: the S3 stand-in's endpoint (s3rver). */
  s3Endpoint: string | undefined
  wechatAppId: string
  wechatSecret: string
  wechatApiBase: string
  /** Where QR links point when the town sets no link host: locally the H5 app's address. */
  linkHost: string
  /** The Chinese font the PDFs embed a subset of (Debian's WenQuanYi Micro Hei; on AWS in the PDF routes' packages). */
  pdfFont: string
  /** The SQS queue of the town-wide jobs' pieces; unset locally, where this process runs them. */
  jobQueueUrl: string | undefined
}

let cached: Env | undefined

function required(name: string): string {
  const value = process.env[name]
  if (!value) throw new Error(`environment variable ${name} is not set`)
  return value
}

export function env(): Env {
  cached ??= {
    stage: required('STAGE'),
    tableName: required('TABLE_NAME'),
    dynamoEndpoint: process.env.DYNAMODB_ENDPOINT || undefined,
    jwtSecret: required('JWT_SECRET'),
    piiKey: required('PII_KEY'),
    photoBucket: required('PHOTO_BUCKET'),
    s3Endpoint: process.env.S3_ENDPOINT || undefined,
    wechatAppId: process.env.WECHAT_APP_ID ?? '',
    wechatSecret: process.env.WECHAT_APP_SECRET ?? '',
    wechatApiBase: process.env.WECHAT_API_BASE || 'https://api.weixin.qq.com',
    linkHost: process.env.LINK_HOST || 'http://localhost:10086',
    pdfFont: process.env.PDF_FONT || '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc',
    jobQueueUrl: process.env.JOB_QUEUE_URL || undefined,
  }
  return cached
}

/** Stages where the dev-only routes and the WeChat stand-in exist. */
export const isLocalStage = () => ['local', 'test'].includes(env().stage)
