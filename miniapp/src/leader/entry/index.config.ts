export default definePageConfig({ navigationBarTitleText: '记分' })
