/**
 * The browser build's title bar, which Taro draws (WeChat draws its own): its back and home
 * icons are bare pictures, so they are given a button's role, a name, a place in the Tab
 * order and Enter to press them.
 */
export function nameTitleBarButtons(document: Document) {
  const named = { 'taro-navigation-bar-back': '返回', 'taro-navigation-bar-home': '首页' }
  for (const [className, name] of Object.entries(named))
    for (const icon of Array.from(document.getElementsByClassName(className))) {
      icon.setAttribute('role', 'button')
      icon.setAttribute('aria-label', name)
      icon.setAttribute('tabindex', '0')
      icon.addEventListener('keydown', (e) => {
        const key = (e as KeyboardEvent).key
        if (key === 'Enter' || key === ' ') (icon as HTMLElement).click()
      })
    }
}
