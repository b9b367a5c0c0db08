import { nanoid } from 'nanoid'
import { AppError } from '../../shared/errors'
import type { Language } from '../../shared/i18n/languages'
import { LIMITS } from '../../shared/limits'
import type { PlanningCatalog } from '../../shared/planning/catalog-schema'
import { newSessionDetails, type AgendaBlock, type SessionDetails } from '../../shared/planning/session'
import type { Notebook } from '../storage/notebook'
import { localizedText } from '../../shared/content/localized'

export interface CreateSessionRequest extends Partial<SessionDetails> {
  title: string
  templateId?: string | undefined
  language?: Language | undefined
}

/** A new session, optionally started from a template whose texts are copied in the chosen language. */
export async function createSession(
  notebook: Notebook,
  catalog: PlanningCatalog,
  request: CreateSessionRequest,
  defaultLanguage: Language
) {
  const { templateId, language = defaultLanguage, ...details } = request
  const defined = Object.fromEntries(
    Object.entries(details).filter(([, v]) => v !== undefined)
  ) as Partial<SessionDetails>
  if (!templateId) return notebook.sessions.create(newSessionDetails(request.title, defined))
  if (templateId.startsWith('yours:')) {
    const own = notebook.library.templates().find((t) => `yours:${t.id}` === templateId)
    if (!own) throw new AppError('catalog/unknown-template', `no own template ${templateId}`)
    return notebook.sessions.create(
      newSessionDetails(request.title, { startTime: own.startTime, online: own.online, ...defined }),
      {
        blocks: own.blocks.map((b) => ({ ...b, id: nanoid(10) }))
      }
    )
  }
  const template = catalog.templates.find((t) => t.id === templateId)
  if (!template) throw new AppError('catalog/unknown-template', `no template ${templateId}`)
  const blocks: AgendaBlock[] = template.blocks.map((b) => ({
    id: nanoid(10),
    title: localizedText(b.title, language),
    kind: b.kind,
    methodId: b.methodId ?? null,
    durationMinutes: b.durationMinutes,
    notes: localizedText(b.notes, language) ?? '',
    materials: materialsOf(catalog, b.methodId, language),
    links: [...b.links],
    protected: b.protected,
    day: b.day ?? 1
  }))
  return notebook.sessions.create(
    newSessionDetails(request.title, { startTime: template.startTime, online: template.online, ...defined }),
    { blocks }
  )
}

function materialsOf(catalog: PlanningCatalog, methodId: string | undefined, language: Language): string {
  const method = methodId ? catalog.methods.find((m) => m.id === methodId) : undefined
  return method ? localizedText(method.materials, language).slice(0, LIMITS.block.materials) : ''
}
