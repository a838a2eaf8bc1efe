export default definePageConfig({ navigationBarTitleText: '本月公示' })
