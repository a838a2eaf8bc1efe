/** Ports, names and the local-only secrets of the stack `npm start` runs on 127.0.0.1. */
export const LOCAL = {
  apiPort: 3000,
  appPort: 10086,
  dynamoPort: 8000,
  s3Port: 4569,
  tableName: 'jifenbao-local',
  photoBucket: 'jifenbao-photos-local',
  dataDir: '.data',
} as const

/**
 * The API's environment on the local stage. These secrets protect nothing but demo data
 * on one laptop; AWS stages take theirs from Secrets Manager (serverless.yml).
 */
export const localEnv = {
  STAGE: 'local',
  TABLE_NAME: LOCAL.tableName,
  DYNAMODB_ENDPOINT: `http://127.0.0.1:${LOCAL.dynamoPort}`,
  PHOTO_BUCKET: LOCAL.photoBucket,
  S3_ENDPOINT: `http://127.0.0.1:${LOCAL.s3Port}`,
  JWT_SECRET: 'local-only-jwt-secret-not-for-any-deployed-stage',
  PII_KEY: Buffer.from('local-only-pii-key-32-bytes-long').toString('base64'),
}
