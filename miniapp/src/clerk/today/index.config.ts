export default definePageConfig({ navigationBarTitleText: '今日兑换' })
