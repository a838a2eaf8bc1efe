import { MAX_PHOTOS } from '@jifenbao/shared'
import { Image, Text, View } from '@tarojs/components'
import { Button } from './Button'
import { useEffect, useState } from 'react'
import { choosePhotos, uploadPhoto } from '../lib/photos'

interface Photo {
  path: string
  progress: number
  key?: string
  failed?: string
}

/** A photo that is up: where it is on the phone, and its key on the server. */
export interface SentPhoto {
  path: string
  key: string
}

/**
 * Take or choose photos; each is compressed and sent at once, with its progress shown, so
 * that submitting later sends only keys. A photo that failed can be sent again by a tap.
 * `sent` brings back photos already up (from a draft); `locked` keeps the photos as they are.
 */
export function PhotoPicker({
  sent = [],
  locked = false,
  onChange,
}: {
  sent?: SentPhoto[]
  locked?: boolean
  onChange: (sent: SentPhoto[], busy: boolean) => void
}) {
  const [photos, setPhotos] = useState<Photo[]>(() => sent.map((p) => ({ ...p, progress: 100 })))

  const update = (path: string, change: Partial<Photo>) =>
    setPhotos((list) => list.map((p) => (p.path === path ? { ...p, ...change } : p)))

  useEffect(
    () =>
      onChange(
        photos.flatMap(({ path, key }) => (key ? [{ path, key }] : [])),
        photos.some((p) => !p.key && !p.failed),
      ),
    // Only a change of the photos is news to the form.
    [photos],
  )

  const send = (path: string) => {
    update(path, { progress: 0, failed: undefined })
    uploadPhoto(path, (progress) => update(path, { progress })).then(
      (key) => update(path, { key, progress: 100 }),
      (err: Error) => update(path, { failed: err.message }),
    )
  }

  async function add() {
    const paths = await choosePhotos(MAX_PHOTOS - photos.length).catch(() => [])
    setPhotos((list) => [...list, ...paths.map((path) => ({ path, progress: 0 }))])
    paths.forEach(send)
  }

  return (
    <View>
      <View>
        {photos.map((p, i) => (
          <View key={p.path} className="photo-slot">
            <Image
              className="photo"
              src={p.path}
              mode="aspectFill"
              nativeProps={{ alt: `第 ${i + 1} 张照片` }}
            />
            <Text className={p.failed ? 'error' : 'hint'} data-testid="photo-status">
              {p.failed ? p.failed : p.key ? '已上传' : `上传中 ${p.progress}%`}
            </Text>
            {!locked && p.failed && (
              <Button className="button button--plain" size="mini" onClick={() => send(p.path)}>
                重传
              </Button>
            )}
            {!locked && (
              <Button
                className="button button--plain"
                size="mini"
                label={`删掉第 ${i + 1} 张照片`}
                onClick={() => setPhotos((list) => list.filter((x) => x.path !== p.path))}
              >
                删掉
              </Button>
            )}
          </View>
        ))}
      </View>
      {photos.length < MAX_PHOTOS && !locked && (
        <Button className="button button--plain" onClick={add}>
          拍照或选照片
        </Button>
      )}
    </View>
  )
}
