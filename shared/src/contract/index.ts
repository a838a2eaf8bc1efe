// Each area's table is its own module, so that a handler's Lambda bundles only its own
// area's schemas; `routes` gathers them for the OpenAPI document, the app and the tests.
export * from './route'
export { authRoutes } from './auth'
export { beanRoutes } from './beans'
export { catalogueRoutes } from './catalogue'
export { entryRoutes } from './entries'
export { monthRoutes } from './month'
export { orgRoutes } from './org'
export { recognitionRoutes } from './recognition'
export { shopRoutes } from './shops'
export { systemRoutes } from './system'
export { townRoutes } from './town'
export { routes, type RouteName, type Routes } from './all'
