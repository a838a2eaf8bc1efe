import { useState } from 'react'
import { useAction } from './useAction'
import { useLoad } from './useLoad'

/**
 * A paged list: the first page loads with the screen (and again on `reload`), later pages
 * when the person asks for them. `more` holds what those later pages brought.
 */
export function usePages<P extends { items: unknown[]; cursor: string | null }>(
  fetch: (cursor?: string) => Promise<P>,
  deps: unknown[],
) {
  const [more, setMore] = useState<P['items']>([])
  const [cursor, setCursor] = useState<string | null>(null)
  const first = useLoad(async () => {
    const page = await fetch()
    setMore([])
    setCursor(page.cursor)
    return page
  }, deps)
  const older = useAction()
  const loadMore = () =>
    older.run(async () => {
      const page = await fetch(cursor!)
      setMore((items) => [...items, ...page.items])
      setCursor(page.cursor)
    })
  return { first, more, cursor, older, loadMore }
}

/** Nothing on the first page and nothing after it. */
export const noPages = (page: { items: unknown[]; cursor: string | null }) =>
  page.items.length === 0 && !page.cursor
