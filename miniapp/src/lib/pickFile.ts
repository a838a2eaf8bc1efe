/** A file the person chose: its name and its bytes, base64 as the API takes them. */
export interface PickedFile {
  name: string
  base64: string
}

/** In the browser: the system's file chooser; null when nothing is chosen. */
export function pickFile(accept: string): Promise<PickedFile | null> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.onchange = () => {
      const file = input.files?.[0]
      if (!file) return resolve(null)
      const reader = new FileReader()
      reader.onload = () =>
        resolve({ name: file.name, base64: String(reader.result).split(',')[1] ?? '' })
      reader.onerror = () => reject(new Error('读不出这个文件，请再选一次'))
      reader.readAsDataURL(file)
    }
    input.click()
  })
}
