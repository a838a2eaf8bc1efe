/** Photos are shrunk on the phone before upload: a courtyard's signal cannot carry 5 MB. */
export const MAX_EDGE = 1280

/** The size a photo is drawn at: its longer edge at most MAX_EDGE, proportions kept. */
export function fitWithin(width: number, height: number, edge = MAX_EDGE) {
  const scale = Math.min(1, edge / Math.max(width, height))
  return { width: Math.round(width * scale), height: Math.round(height * scale) }
}

/** In the browser: redrawn on a canvas as JPEG. Answers a blob: URL and its size in bytes. */
export async function compressPhoto(path: string): Promise<{ path: string; size: number }> {
  const image = new Image()
  image.src = path
  await image.decode()
  const { width, height } = fitWithin(image.naturalWidth, image.naturalHeight)
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  canvas.getContext('2d')!.drawImage(image, 0, 0, width, height)
  const blob = await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('图片处理失败'))), 'image/jpeg', 0.7),
  )
  return { path: URL.createObjectURL(blob), size: blob.size }
}
