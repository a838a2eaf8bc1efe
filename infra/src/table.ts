import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  UpdateTimeToLiveCommand,
} from '@aws-sdk/client-dynamodb'
import definition from '../table.json'

/** A client for DynamoDB Local (any credentials do). */
export const localClient = (endpoint: string) =>
  new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  })

/** Creates the single table (as serverless.yml defines it for AWS) unless it exists. */
export async function ensureTable(client: DynamoDBClient, TableName: string): Promise<void> {
  const exists = await client.send(new DescribeTableCommand({ TableName })).then(
    () => true,
    (err: Error) => {
      if (err.name === 'ResourceNotFoundException') return false
      throw err
    },
  )
  if (exists) return
  await client.send(
    new CreateTableCommand({
      TableName,
      ...(definition as Omit<ConstructorParameters<typeof CreateTableCommand>[0], 'TableName'>),
    }),
  )
  await client.send(
    new UpdateTimeToLiveCommand({
      TableName,
      TimeToLiveSpecification: { AttributeName: 'ttl', Enabled: true },
    }),
  )
}
