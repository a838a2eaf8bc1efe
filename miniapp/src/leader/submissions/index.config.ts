export default definePageConfig({ navigationBarTitleText: '我提交的' })
