import { join } from 'node:path'
import type { UserConfigExport } from '@tarojs/cli'

/** The rules package is compiled from source by both builds. */
const shared = join(__dirname, '../../shared/src')

const config: UserConfigExport<'webpack5'> = {
  projectName: 'jifenbao',
  date: '2026-11-26',
  designWidth: 750,
  deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
  sourceRoot: 'src',
  // A test build can go elsewhere (MINIAPP_OUTPUT) so that it never overwrites the real one.
  outputRoot: process.env.MINIAPP_OUTPUT ?? `dist/${process.env.TARO_ENV}`,
  plugins: [],
  framework: 'react',
  compiler: 'webpack5',
  cache: { enable: false },
  alias: { '@jifenbao/shared': shared },
  mini: {
    compile: { include: [shared] },
    postcss: { pxtransform: { enable: true, config: {} } },
  },
  h5: {
    publicPath: '/',
    staticDirectory: 'static',
    compile: { include: [shared] },
    router: { mode: 'hash' },
    // `taro build --watch`: webpack's bundle-size warnings go to the terminal, not over the app.
    devServer: { client: { overlay: { warnings: false } } },
    // Pages share one copy of React, zod and the rules instead of each carrying its own.
    webpackChain(chain) {
      chain.optimization.splitChunks({ chunks: 'all' })
    },
    postcss: { autoprefixer: { enable: true } },
  },
}

export default config
