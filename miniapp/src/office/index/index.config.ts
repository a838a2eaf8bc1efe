export default definePageConfig({ navigationBarTitleText: '办公台' })
