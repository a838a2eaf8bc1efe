import Taro from '@tarojs/taro'
import jsQR from 'jsqr'

/**
 * In the browser there is no WeChat scanner: a picture of the code (the villager's pay code
 * for the clerk, an activity's check-in code for the villager) is taken or picked and
 * decoded here. Answers the code, or null if none is seen.
 */
export async function scanQrCode(): Promise<string | null> {
  const { tempFilePaths } = await Taro.chooseImage({ count: 1, sourceType: ['camera', 'album'] })
  const image = new Image()
  image.src = tempFilePaths[0]!
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = image.naturalWidth
  canvas.height = image.naturalHeight
  const context = canvas.getContext('2d')!
  context.drawImage(image, 0, 0)
  const pixels = context.getImageData(0, 0, canvas.width, canvas.height)
  return jsQR(pixels.data, pixels.width, pixels.height)?.data ?? null
}
