import Taro from '@tarojs/taro'
import { presignUpload } from '../api/routes'
import { compressPhoto } from './compress'

/** Take or choose photos (up to `count`), as local paths. */
export async function choosePhotos(count: number): Promise<string[]> {
  const { tempFilePaths } = await Taro.chooseImage({
    count,
    sizeType: ['compressed'],
    sourceType: ['camera', 'album'],
  })
  return tempFilePaths
}

/**
 * Compresses a photo and sends it to the photo store through a presigned POST, reporting
 * progress 0–100. Answers the key the entry names.
 */
export async function uploadPhoto(path: string, onProgress: (percent: number) => void) {
  const photo = await compressPhoto(path)
  const target = await presignUpload({ contentType: 'image/jpeg', size: photo.size })
  await new Promise<void>((resolve, reject) => {
    const task = Taro.uploadFile({
      url: target.url,
      filePath: photo.path,
      name: 'file',
      fileName: 'photo.jpg',
      formData: target.fields,
      withCredentials: false,
      success: (r) => (r.statusCode < 300 ? resolve() : reject(new Error('照片上传失败，请重试'))),
      fail: () => reject(new Error('网络不好，照片没有传上去，请重试')),
    } as Taro.uploadFile.Option)
    task.onProgressUpdate?.((p) => onProgress(p.progress))
  })
  onProgress(100)
  return target.key
}
