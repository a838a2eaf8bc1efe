import { startEphemeralBackend } from '../../infra/src/ephemeral'
import { printTown, townAtScale } from './town'
async function main() {
  const backend = await startEphemeralBackend('.esbuild-probe')
  Object.assign(process.env, backend.env, { LOG_LEVEL: 'SILENT' })
  try {
    const r = await townAtScale(backend.api.url)
    printTown(r, (cells) =>
      console.log(cells.map((c, i) => String(c).padEnd(i === 0 ? 34 : 16)).join('')),
    )
  } finally {
    await backend.stop()
  }
}
main().catch((e) => {
  console.error(e)
  process.exit(1)
})
