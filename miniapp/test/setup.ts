/** The component tests render the browser build's code paths. */
process.env.TARO_ENV = 'h5'
