import { describe, expect, it, jest } from '@jest/globals'
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda'

type Handler = (e: APIGatewayProxyEventV2, c: Context) => Promise<APIGatewayProxyStructuredResultV2>

/** Runs a handler as a deployed stage would: its own module registry, the stage's environment. */
async function onStage(
  stage: string,
  file: string,
  body: unknown,
): Promise<APIGatewayProxyStructuredResultV2> {
  const saved = process.env.STAGE
  process.env.STAGE = stage
  try {
    let result: APIGatewayProxyStructuredResultV2 | undefined
    await jest.isolateModulesAsync(async () => {
      const { handler } = (await import(`../src/handlers/${file}`)) as { handler: Handler }
      result = await handler(
        { headers: {}, body: JSON.stringify(body) } as unknown as APIGatewayProxyEventV2,
        { awsRequestId: 'r' } as Context,
      )
    })
    return result!
  } finally {
    process.env.STAGE = saved
  }
}

describe('the local-only routes', () => {
  it.each(['dev-create-town', 'dev-login'])('%s answers 404 on a deployed stage', async (file) => {
    const result = await onStage('prod', file, { name: '镇', phone: '13800000001' })

    expect(result.statusCode).toBe(404)
  })

  it('creates a town on the test stage', async () => {
    const result = await onStage('test', 'dev-create-town', { name: '镇' })

    expect(result.statusCode).toBe(201)
  })
})
