/** The main package holds sign-in and the home; each role's screens are a subpackage. */
export default defineAppConfig({
  pages: ['pages/index/index', 'pages/login/index'],
  subPackages: [
    {
      root: 'villager',
      pages: [
        'month/index',
        'ledger/index',
        'report/index',
        'catalogue/index',
        'honours/index',
        'checkin/index',
      ],
    },
    {
      root: 'leader',
      pages: ['households/index', 'entry/index', 'submissions/index', 'roster/index'],
    },
    { root: 'review', pages: ['queue/index', 'month/index'] },
    { root: 'clerk', pages: ['scan/index', 'today/index', 'statement/index'] },
    { root: 'admin', pages: ['rankings/index', 'shops/index'] },
    { root: 'office', pages: ['index/index'] },
  ],
  window: {
    // The browser build draws WeChat's title bar too, with its way back (or home).
    navigationStyle: 'default',
    navigationBarTitleText: '积分宝',
    navigationBarBackgroundColor: '#2e7d32',
    navigationBarTextStyle: 'white',
  },
})
