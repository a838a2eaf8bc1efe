import { fromEnv } from '@aws-sdk/credential-provider-env'

/**
 * What the bundles give the AWS clients in place of the SDK's default credential chain
 * (serverless.yml, esbuild `alias`): on Lambda the function's role is in its environment
 * (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN), and the chain's other
 * sources (SSO, profiles, web identity and the STS clients they bring) only add to every
 * bundle and to its cold start. Locally the clients are given the stand-ins' credentials.
 */
export const defaultProvider = fromEnv
