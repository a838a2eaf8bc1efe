export default definePageConfig({ navigationBarTitleText: '荣誉榜' })
