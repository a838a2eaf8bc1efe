/** One jest run over every workspace; each workspace is a project with its own tests. */
const swc = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } },
]

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: 'shared',
      rootDir: '<rootDir>/shared',
      testEnvironment: 'node',
      transform: { '^.+\\.tsx?$': swc },
    },
  ],
}
