/** Stylesheets are the build's business, not the tests'. */
export default {}
