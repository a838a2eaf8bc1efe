import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from '@jest/globals'

const src = join(__dirname, '../src')

/** Every TypeScript file under a folder of src/, with what it imports. */
function importsUnder(folder: string): { file: string; imports: string[] }[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => {
      const text = readFileSync(join(src, folder, f), 'utf8')
      return {
        file: relative(src, join(src, folder, f)),
        imports: [...text.matchAll(/from '([^']+)'/g)].map(([, spec]) => spec!),
      }
    })
}

describe('the layers of functions/src', () => {
  it('keeps the ground floor of lib/ free of the data layer and of the floors above it', () => {
    const reaching = importsUnder('lib/ground').flatMap(({ file, imports }) =>
      imports.filter((i) => i.startsWith('.') && !i.startsWith('./')).map((i) => `${file} → ${i}`),
    )

    expect(reaching).toEqual([])
  })

  it('keeps DynamoDB to the data layer: no handler, service or lib touches the table', () => {
    const outside = ['handlers', 'services', 'lib', 'adapters'].flatMap((folder) =>
      importsUnder(folder).flatMap(({ file, imports }) =>
        imports
          .filter((i) => /@aws-sdk\/(lib|client)-dynamodb|data\/client$/.test(i))
          .map((i) => `${file} → ${i}`),
      ),
    )

    expect(outside).toEqual([])
  })

  it('lets handlers import no AWS SDK', () => {
    const handlers = importsUnder('handlers')

    expect(handlers.length).toBeGreaterThan(50)
    expect(
      handlers.flatMap(({ file, imports }) =>
        imports.filter((i) => i.startsWith('@aws-sdk')).map((i) => `${file} → ${i}`),
      ),
    ).toEqual([])
  })
})
