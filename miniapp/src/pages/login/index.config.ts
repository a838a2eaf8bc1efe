export default definePageConfig({ navigationBarTitleText: '登录积分宝' })
