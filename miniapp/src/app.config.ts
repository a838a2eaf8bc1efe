export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index'],
  window: {
    navigationBarTitleText: '积分宝',
    navigationBarBackgroundColor: '#2e7d32',
    navigationBarTextStyle: 'white',
  },
})
