import { DynamoDBClient } from '@aws-sdk/client-dynamodb'
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb'
import { env } from '../lib/ground/env'

let client: DynamoDBDocumentClient | undefined

/** The document client, built once per container. */
export function db(): DynamoDBDocumentClient {
  if (!client) {
    const { dynamoEndpoint } = env()
    const base = new DynamoDBClient(
      dynamoEndpoint
        ? {
            endpoint: dynamoEndpoint,
            region: 'local',
            credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
          }
        : {},
    )
    client = DynamoDBDocumentClient.from(base, { marshallOptions: { removeUndefinedValues: true } })
  }
  return client
}

export const table = () => env().tableName
