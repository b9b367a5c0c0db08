import { nanoid } from 'nanoid'
import { AppError } from '../../shared/errors'
import type { Annotation, LibraryData, OwnItem } from '../../shared/content/library'
import type { Language } from '../../shared/i18n/languages'
import type { Purpose } from '../../shared/content/schema'
import type { DocumentStore, Revised } from './document-store'
import { LIBRARY_FILE_VERSION, libraryFileSchema, libraryMigrations, type LibraryFile } from './schemas'
import type { OwnTemplate } from '../../shared/planning/session'
import type { DocumentSpec } from './json-document'

export const LIBRARY_FILE = 'library.json'

export const librarySpec: DocumentSpec<LibraryFile> = {
  name: 'library',
  version: LIBRARY_FILE_VERSION,
  schema: libraryFileSchema,
  migrations: libraryMigrations
}

export const emptyLibrary = (): LibraryFile => ({
  schemaVersion: LIBRARY_FILE_VERSION,
  revision: 0,
  annotations: [],
  ownItems: [],
  templates: []
})

/** The facilitator's own layer over the packs: private annotations and their own items. */
export class LibraryRepo {
  constructor(
    private readonly store: DocumentStore<LibraryFile>,
    private readonly now: () => Date
  ) {}

  /** The whole private layer, read-only, for erasing a pseudonym. */
  peekFile(): LibraryFile {
    return structuredClone(this.store.data)
  }

  /** Replace the private layer with `change(current)` in one durable write; null leaves it as is. */
  async rewrite(change: (current: LibraryFile) => LibraryFile | null): Promise<void> {
    await this.store.update((draft) => {
      const next = change(structuredClone(draft))
      if (next) Object.assign(draft, next)
    })
  }

  get(): LibraryData & { revision: number } {
    return structuredClone({
      annotations: this.store.data.annotations,
      ownItems: this.store.data.ownItems,
      revision: this.store.revision
    })
  }

  /** One private note per item; saving empty text removes it. Returns null when removed. */
  saveAnnotation(
    target: string,
    text: string,
    expectedRevision?: number
  ): Promise<Revised<Annotation | null>> {
    const stamp = this.now().toISOString()
    return this.store.update((draft): Annotation | null => {
      const existing = draft.annotations.find((a) => a.target === target)
      if (text.length === 0) {
        draft.annotations = draft.annotations.filter((a) => a.target !== target)
        return null
      }
      if (existing) {
        existing.text = text
        existing.updatedAt = stamp
        return { ...existing }
      }
      const saved = { id: nanoid(), target, text, createdAt: stamp, updatedAt: stamp }
      draft.annotations.push(saved)
      return { ...saved }
    }, expectedRevision)
  }

  saveOwnItem(
    input: {
      id?: string | undefined
      title: string
      body: string
      language: Language
      purpose: Purpose | null
    },
    expectedRevision?: number
  ): Promise<Revised<OwnItem>> {
    const stamp = this.now().toISOString()
    return this.store.update((draft): OwnItem => {
      if (input.id) {
        const existing = draft.ownItems.find((o) => o.id === input.id)
        if (!existing) throw new AppError('library/not-found', `no own item ${input.id}`)
        Object.assign(existing, {
          title: input.title,
          body: input.body,
          language: input.language,
          purpose: input.purpose,
          updatedAt: stamp
        })
        return { ...existing }
      }
      const saved: OwnItem = {
        id: nanoid(),
        title: input.title,
        body: input.body,
        language: input.language,
        purpose: input.purpose,
        createdAt: stamp,
        updatedAt: stamp
      }
      draft.ownItems.push(saved)
      return { ...saved }
    }, expectedRevision)
  }

  templates(): OwnTemplate[] {
    return structuredClone(this.store.data.templates)
  }

  saveTemplate(
    template: Omit<OwnTemplate, 'id' | 'createdAt'>,
    expectedRevision?: number
  ): Promise<Revised<OwnTemplate>> {
    const saved: OwnTemplate = {
      ...structuredClone(template),
      id: nanoid(),
      createdAt: this.now().toISOString()
    }
    return this.store.update((draft) => {
      draft.templates.push(saved)
      return structuredClone(saved)
    }, expectedRevision)
  }

  deleteTemplate(id: string, expectedRevision?: number): Promise<Revised<null>> {
    return this.store.update((draft) => {
      if (!draft.templates.some((t) => t.id === id))
        throw new AppError('catalog/unknown-template', `no own template ${id}`)
      draft.templates = draft.templates.filter((t) => t.id !== id)
      return null
    }, expectedRevision)
  }

  deleteOwnItem(id: string, expectedRevision?: number): Promise<Revised<null>> {
    return this.store.update((draft) => {
      if (!draft.ownItems.some((o) => o.id === id))
        throw new AppError('library/not-found', `no own item ${id}`)
      draft.ownItems = draft.ownItems.filter((o) => o.id !== id)
      draft.annotations = draft.annotations.filter((a) => a.target !== `yours:${id}`)
      return null
    }, expectedRevision)
  }
}
