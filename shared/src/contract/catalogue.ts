import {
  IndicatorDeletedSchema,
  IndicatorInputSchema,
  IndicatorListSchema,
  IndicatorPatchSchema,
  IndicatorSchema,
} from '../schemas'
import { area, TOWN_ADMIN } from './route'

export const catalogueRoutes = area(
  {
    name: 'Catalogue',
    description: 'The indicator catalogue (积分指标目录)',
  },
  {
    listIndicators: {
      method: 'GET',
      path: '/v1/indicators',
      summary: 'The indicator catalogue',
      roles: 'signedIn',
      answer: IndicatorListSchema,
    },
    createIndicator: {
      method: 'POST',
      path: '/v1/indicators',
      summary: 'Add an indicator',
      roles: TOWN_ADMIN,
      body: IndicatorInputSchema,
      answer: IndicatorSchema,
      status: 201,
    },
    patchIndicator: {
      method: 'PATCH',
      path: '/v1/indicators/{code}',
      summary: 'Edit or retire (active=false) an indicator; past entries keep their points',
      roles: TOWN_ADMIN,
      body: IndicatorPatchSchema,
      answer: IndicatorSchema,
    },
    deleteIndicator: {
      method: 'DELETE',
      path: '/v1/indicators/{code}',
      summary: 'Delete an indicator that no entry names (409 otherwise)',
      roles: TOWN_ADMIN,
      answer: IndicatorDeletedSchema,
    },
  },
)
