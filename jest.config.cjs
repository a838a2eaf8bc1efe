/** One jest run over every workspace; each workspace is a project with its own tests. */
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } },
]

/** middy and jose are ESM-only: their files are compiled to CommonJS like ours. */
const swcJs = ['@swc/jest', { jsc: { parser: { syntax: 'ecmascript' }, target: 'es2022' } }]

/** @type {import('jest').Config} */
module.exports = {
  // Tests speak to real engines (DynamoDB Local, S3, Chromium) on a machine that may be busy
  // running every project at once: 5 s is too little there.
  testTimeout: 30_000,
  projects: [
    {
      displayName: 'shared',
      rootDir: '<rootDir>/shared',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
    },
    {
      displayName: 'functions',
      rootDir: '<rootDir>/functions',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc, '^.+\\.m?js$': swcJs },
      transformIgnorePatterns: ['/node_modules/(?!(@middy|jose)/)'],
      globalSetup: '<rootDir>/test/global-setup.ts',
      globalTeardown: '<rootDir>/test/global-teardown.ts',
    },
    {
      // The backend as npm start runs it (serverless-offline), spoken to over HTTP.
      displayName: 'e2e',
      rootDir: '<rootDir>/tests',
      testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
      globalSetup: '<rootDir>/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/e2e/global-teardown.ts',
    },
    {
      // The mini-program's screens in jsdom, Taro's components and APIs stood in for.
      displayName: 'miniapp',
      rootDir: '<rootDir>/miniapp',
      testEnvironment: 'jsdom',
      transform: {
        '^.+\\.tsx?$': [
          '@swc/jest',
          {
            jsc: {
              parser: { syntax: 'typescript', tsx: true },
              transform: { react: { runtime: 'automatic' } },
              target: 'es2022',
            },
          },
        ],
      },
      moduleNameMapper: {
        '^@tarojs/taro$': '<rootDir>/test/taro.ts',
        '^@tarojs/components$': '<rootDir>/test/components.tsx',
        '^@jifenbao/shared$': '<rootDir>/../shared/src/index.ts',
        '\\.css$': '<rootDir>/test/style.ts',
      },
      setupFiles: ['<rootDir>/test/setup.ts'],
    },
    {
      displayName: 'infra',
      rootDir: '<rootDir>/infra',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
    },
  ],
}
