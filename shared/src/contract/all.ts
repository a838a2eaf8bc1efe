import { authRoutes } from './auth'
import { beanRoutes } from './beans'
import { catalogueRoutes } from './catalogue'
import { entryRoutes } from './entries'
import { exportRoutes } from './exports'
import { lifeRoutes } from './life'
import { monthRoutes } from './month'
import { orgRoutes } from './org'
import { printableRoutes } from './printables'
import { reportRoutes } from './reports'
import { recognitionRoutes } from './recognition'
import { shopRoutes } from './shops'
import { systemRoutes } from './system'
import { townRoutes } from './town'

/**
 * The whole contract (API.md), route by name. A handler imports its own area's table
 * instead, so that its Lambda bundles only that area's schemas.
 */
export const routes = {
  ...systemRoutes,
  ...authRoutes,
  ...townRoutes,
  ...orgRoutes,
  ...catalogueRoutes,
  ...entryRoutes,
  ...monthRoutes,
  ...beanRoutes,
  ...shopRoutes,
  ...recognitionRoutes,
  ...exportRoutes,
  ...printableRoutes,
  ...reportRoutes,
  ...lifeRoutes,
}

export type Routes = typeof routes
export type RouteName = keyof Routes
