import { Packer } from 'docx'
import type { DocDefinition } from '../../../shared/pdf/types'
import { type DocxOptions, docxDocument } from './document'

export { HEADING_STYLES, docxDocument, type DocxOptions } from './document'

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** A Word file's bytes from a pdfmake definition (see document.ts for what is carried over, and how). */
export async function renderDocx(def: DocDefinition, options: DocxOptions = {}): Promise<Uint8Array> {
  return Packer.toBuffer(docxDocument(def, options))
}
