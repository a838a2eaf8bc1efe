import { dateZh, DIMENSION_LABELS, DIMENSIONS, type FileBody } from '@jifenbao/shared'
import PDFDocument from 'pdfkit'
import qrcode from 'qrcode-generator'
import { env } from '../lib/ground/env'
import { savable } from './sheets'

type Doc = PDFKit.PDFDocument

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 40
const INK = '#1b1b1b'
const GREEN = '#1b5e20'

/**
 * An A4 PDF drawn by `draw`, with the Chinese font embedded as a subset of the glyphs the
 * document uses (pdfkit does that by itself), so text stays text and a file stays small.
 */
export async function pdfFile(
  fileName: string,
  draw: (doc: Doc) => void,
  layout: 'portrait' | 'landscape' = 'portrait',
): Promise<FileBody> {
  const doc = new PDFDocument({ size: 'A4', layout, margin: MARGIN, info: { Title: fileName } })
  doc.registerFont('cjk', env().pdfFont, 'WenQuanYiMicroHei')
  doc.font('cjk').fillColor(INK)
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise((resolve) => doc.on('end', resolve))
  draw(doc)
  doc.end()
  await ended
  return { bytes: new Uint8Array(Buffer.concat(chunks)), fileName: `${savable(fileName)}.pdf` }
}

/** A page's link under the town's link host (API.md Second round). */
export const linkTo = (linkHost: string | undefined, path: string) =>
  `${(linkHost ?? env().linkHost).replace(/\/$/, '')}${path}`

/** A QR code of `text` as vector squares, with its quiet zone, `size` points wide. */
export function drawQr(doc: Doc, text: string, x: number, y: number, size: number) {
  const qr = qrcode(0, 'M')
  qr.addData(text)
  qr.make()
  const count = qr.getModuleCount()
  const quiet = 4
  const cell = size / (count + 2 * quiet)
  doc.save().rect(x, y, size, size).fill('#ffffff')
  for (let row = 0; row < count; row++)
    for (let col = 0; col < count; col++)
      if (qr.isDark(row, col))
        doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell)
  doc.fill('#000000').restore()
}

export interface PosterRow {
  headName: string
  grid: string
  group: string
  byDimension: Record<(typeof DIMENSIONS)[number], number>
  score: number
  beans: number
}

const POSTER_COLUMNS = [
  { title: '户主', width: 80 },
  { title: '微网格', width: 95 },
  { title: '联户小组', width: 95 },
  ...DIMENSIONS.map((d) => ({ title: DIMENSION_LABELS[d].governance, width: 50 })),
  { title: '得分', width: 50 },
  { title: '山药豆', width: 45 },
]
const ROW = 17

/**
 * The 公示 for the village board: title, the objection deadline in large type and a QR to
 * the month on the first page; then every household, the header repeated on each page.
 */
export function drawPoster(
  doc: Doc,
  poster: { title: string; deadline: string | null; link: string; rows: PosterRow[] },
) {
  const right = A4.width - MARGIN
  doc.fontSize(22).text(poster.title, MARGIN, MARGIN, { width: right - MARGIN - 110 })
  doc
    .moveDown(0.4)
    .fontSize(28)
    .fillColor('#b71c1c')
    .text(poster.deadline ? `异议截止 ${dateZh(poster.deadline)}` : '本月已定稿', {
      width: right - MARGIN - 110,
    })
    .fillColor(INK)
    .fontSize(11)
    .moveDown(0.3)
    .text(
      poster.deadline
        ? '有异议请在此日期前提出：找联户小组长、村委会，或扫右侧二维码在小程序里提出。'
        : '本月公示期已过，积分已兑换为山药豆。',
      { width: right - MARGIN - 110 },
    )
  drawQr(doc, poster.link, right - 100, MARGIN, 100)
  doc.fontSize(9).text('扫码看本月公示', right - 100, MARGIN + 102, { width: 100, align: 'center' })

  drawTable(
    doc,
    POSTER_COLUMNS,
    poster.rows.map((r) => [
      r.headName,
      r.grid,
      r.group,
      ...DIMENSIONS.map((d) => r.byDimension[d]),
      r.score,
      r.beans,
    ]),
    Math.max(doc.y, MARGIN + 120) + 14,
  )
}

/**
 * Rows under a header from `y` down, across the page's width, the header repeated on each
 * new page; a number sits right in its cell, text left, cut with … when too long.
 */
function drawTable(
  doc: Doc,
  columns: { title: string; width: number }[],
  rows: (string | number)[][],
  top: number,
  rowHeight = ROW,
) {
  const right = A4.width - MARGIN
  let y = top
  const cells = (values: (string | number)[], at: number) => {
    let x = MARGIN
    values.forEach((v, i) => {
      const { width } = columns[i]!
      doc.text(String(v), x + 4, at + (rowHeight - 10) / 2, {
        width: width - 8,
        height: rowHeight,
        align: typeof v === 'number' ? 'right' : 'left',
        lineBreak: false,
        ellipsis: true,
      })
      x += width
    })
  }
  const header = () => {
    doc
      .rect(MARGIN, y, right - MARGIN, ROW)
      .fill('#e8f5e9')
      .fillColor(GREEN)
      .fontSize(10)
    let x = MARGIN
    for (const c of columns) {
      doc.text(c.title, x + 4, y + 4, { width: c.width - 8, lineBreak: false })
      x += c.width
    }
    doc.fillColor(INK)
    y += ROW
  }
  header()
  doc.fontSize(10)
  for (const row of rows) {
    if (y + rowHeight > A4.height - MARGIN) {
      doc.addPage()
      y = MARGIN
      header()
      doc.fontSize(10)
    }
    cells(row, y)
    doc
      .moveTo(MARGIN, y + rowHeight)
      .lineTo(right, y + rowHeight)
      .lineWidth(0.5)
      .stroke('#cccccc')
    y += rowHeight
  }
}

const SIGN_OFF_COLUMNS = [
  { title: '序号', width: 40 },
  { title: '村', width: 80 },
  { title: '户主', width: 80 },
  { title: '获得山药豆', width: 70 },
  { title: '发放物品', width: 110 },
  { title: '领取人签字', width: 135 },
]

/**
 * A welfare round's sign-off sheet (签领表): the round, its period and threshold, then a
 * line for each eligible household with room to write the item and to sign.
 */
export function drawSignOffSheet(
  doc: Doc,
  sheet: {
    title: string
    rule: string
    rows: { village: string; headName: string; beansEarned: number; item: string }[]
  },
) {
  doc.fontSize(20).text(sheet.title, MARGIN, MARGIN)
  doc
    .moveDown(0.3)
    .fontSize(11)
    .text(sheet.rule, { width: A4.width - 2 * MARGIN })
  drawTable(
    doc,
    SIGN_OFF_COLUMNS,
    sheet.rows.map((r, i) => [i + 1, r.village, r.headName, r.beansEarned, r.item, '']),
    doc.y + 12,
    30,
  )
}

/** One certificate a page (landscape): the household, its place in the village, the year. */
export function drawCertificates(
  doc: Doc,
  certificates: { headName: string; rank: number; earned: number }[],
  from: { year: string; issuer: string; issuedOn: Date },
) {
  const width = A4.height
  const height = A4.width
  if (certificates.length === 0)
    doc.fontSize(20).text(`${from.year}年度本村没有评优户。`, 0, 200, { width, align: 'center' })
  certificates.forEach((c, i) => {
    if (i > 0) doc.addPage()
    doc
      .lineWidth(6)
      .rect(24, 24, width - 48, height - 48)
      .stroke('#b71c1c')
    doc
      .lineWidth(1.5)
      .rect(36, 36, width - 72, height - 72)
      .stroke('#c9a227')
    doc.fillColor('#b71c1c').fontSize(48).text('荣誉证书', 0, 90, { width, align: 'center' })
    doc
      .fillColor(INK)
      .fontSize(24)
      .text(`${c.headName} 户：`, 110, 200)
      .moveDown(0.6)
      .fontSize(20)
      .text(
        `在${from.year}年度积分制治理中，全年获得山药豆 ${c.earned} 颗，位列本村第 ${c.rank} 名，被评为年度文明户。特发此证，以资鼓励。`,
        140,
        undefined,
        { width: width - 250, lineGap: 10 },
      )
    doc
      .fontSize(18)
      .text(from.issuer, 0, height - 150, { width: width - 120, align: 'right' })
      .text(dateZh(from.issuedOn), 0, undefined, { width: width - 120, align: 'right' })
  })
}

/** Eight cards a page (2 × 4), each to hang by a door: the head, the group, the QR. */
export function drawDoorCards(
  doc: Doc,
  village: string,
  cards: { headName: string; group: string; link: string }[],
) {
  const [cols, rows] = [2, 4]
  const cardW = (A4.width - 2 * MARGIN) / cols
  const cardH = (A4.height - 2 * MARGIN) / rows
  const qr = cardH - 40
  cards.forEach((card, i) => {
    const slot = i % (cols * rows)
    if (i > 0 && slot === 0) doc.addPage()
    const x = MARGIN + (slot % cols) * cardW
    const y = MARGIN + Math.floor(slot / cols) * cardH
    doc.lineWidth(0.5).dash(4, { space: 3 }).rect(x, y, cardW, cardH).stroke('#999999').undash()
    drawQr(doc, card.link, x + 12, y + 20, qr)
    const textX = x + qr + 20
    const textW = cardW - qr - 28
    doc
      .fillColor(GREEN)
      .fontSize(11)
      .text(village, textX, y + 28, { width: textW })
    doc
      .fillColor(INK)
      .fontSize(20)
      .text(card.headName, textX, y + 52, { width: textW })
    doc.fontSize(11).text(card.group, textX, y + 84, { width: textW })
    doc
      .fontSize(9)
      .fillColor('#555555')
      .text('扫码看本户积分和山药豆', textX, y + cardH - 40, {
        width: textW,
      })
    doc.fillColor(INK)
  })
}
