export default definePageConfig({ navigationBarTitleText: '超市与商品' })
