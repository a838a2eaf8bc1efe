export default definePageConfig({ navigationBarTitleText: '我要申报' })
