import Taro from '@tarojs/taro'
import { MAX_EDGE } from './compress'

export { MAX_EDGE, fitWithin } from './compress'

/** In WeChat: the phone's own compressor, longer edge at most MAX_EDGE. */
export async function compressPhoto(path: string): Promise<{ path: string; size: number }> {
  const info = await Taro.getImageInfo({ src: path })
  const landscape = info.width >= info.height
  const { tempFilePath } = await Taro.compressImage({
    src: path,
    quality: 70,
    ...(landscape ? { compressedWidth: MAX_EDGE } : { compressedHeight: MAX_EDGE }),
  })
  const { size } = (await Taro.getFileInfo({ filePath: tempFilePath })) as { size: number }
  return { path: tempFilePath, size }
}
