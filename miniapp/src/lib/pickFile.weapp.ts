import Taro from '@tarojs/taro'
import type { PickedFile } from './pickFile'

export type { PickedFile }

/** In WeChat: a file from a chat (where an office's spreadsheets travel); null when none is chosen. */
export async function pickFile(accept: string): Promise<PickedFile | null> {
  const { tempFiles } = await Taro.chooseMessageFile({
    count: 1,
    type: 'file',
    extension: accept.split(',').map((e) => e.replace(/^\./, '')),
  })
  const file = tempFiles[0]
  if (!file) return null
  const base64 = Taro.getFileSystemManager().readFileSync(file.path, 'base64') as string
  return { name: file.name, base64 }
}
