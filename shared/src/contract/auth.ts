import * as z from 'zod'
import { SessionSchema, UnitsSchema, UserSchema } from '../schemas'
import { area } from './route'
import { lazily } from '../schemas/lazily'

export const authRoutes = area(
  {
    name: 'Sign-in',
    description: 'WeChat sign-in with a one-time bind code, and who the signed-in person is',
  },
  {
    wechatLogin: {
      method: 'POST',
      path: '/v1/auth/wechat',
      summary:
        'Sign in with a wx.login code; binds the account with a one-time bind code the first time',
      roles: 'public',
      body: lazily(() =>
        z.object({
          code: z.string().trim().min(1).max(128),
          bindCode: z.string().trim().min(1).max(32).optional(),
        }),
      ),
      answer: SessionSchema,
    },
    me: {
      method: 'GET',
      path: '/v1/me',
      summary: 'The signed-in person and their roles',
      roles: 'signedIn',
      answer: UserSchema,
    },
    myUnits: {
      method: 'GET',
      path: '/v1/me/units',
      summary:
        'Each of the person’s roles with the name and village of its unit, to switch between',
      roles: 'signedIn',
      answer: UnitsSchema,
    },
  },
)
