import qrcode from 'qrcode-generator'

/** A QR code as an image data URL (GIF), with quiet zone, for `<Image>` on every platform. */
export function qrDataUrl(text: string, cellSize = 6): string {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  return qr.createDataURL(cellSize, cellSize * 4)
}
