export default definePageConfig({ navigationBarTitleText: '录入农户' })
