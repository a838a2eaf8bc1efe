export default definePageConfig({ navigationBarTitleText: '山药豆明细' })
