import { AppError } from '../../shared/errors'
import type { Language } from '../../shared/i18n/languages'
import type { ContentPack } from '../../shared/content/schema'
import { buildProjectorView, type RoomOnScreen } from '../../shared/projector/build'
import type { ProjectorSetInput } from '../../shared/projector/schemas'
import type { ProjectorSettings, ProjectorView } from '../../shared/projector/view'
import type { RoomStatus } from '../../shared/room/facilitator'
import type { RoomService } from '../room/room-service'
import type { Notebook } from '../storage/notebook'

/** What the room feature tells the projector. */
export interface RoomScreenSource {
  onScreen(sessionId: string): Promise<RoomOnScreen | null>
}

/**
 * The room's status, narrowed to what the projector may show: the join card while the room is
 * open, the typed prompt, and the contributions and vote counts only while the facilitator shows
 * them (room:publish). Contributions go by note id: the projector takes their words from the notes.
 */
export function roomOnScreen(status: RoomStatus): RoomOnScreen | null {
  if (!status.open) return null
  const p = status.published
  return {
    join: status.url && status.code ? { url: status.url, code: status.code, qr: status.qr ?? [] } : null,
    prompt: p.prompt ? { blockId: p.blockId, text: p.prompt } : null,
    contributionIds: p.showContributions ? p.contributions.map((c) => c.id) : null,
    votes: p.showVotes ? p.clusters.map((c) => ({ id: c.id, name: c.name, votes: p.votes[c.id] ?? 0 })) : null
  }
}

export const roomScreenFrom = (room: Pick<RoomService, 'status'>): RoomScreenSource => ({
  onScreen: async (sessionId) => roomOnScreen(await room.status(sessionId))
})

export interface ProjectorDeps {
  notebook: Notebook
  /** The interface language, used while the session names no language of its own. */
  uiLanguage: () => Language
  room?: RoomScreenSource
  /** Desktop only: open (or bring forward) the projector window on this session. */
  openWindow?: (sessionId: string) => void
}

/**
 * The projector's state: what the facilitator chose to show (kept in memory only: a restart
 * starts with nothing shown but the block), and the view built from it on every request.
 */
export function createProjectorService({ notebook, uiLanguage, room, openWindow }: ProjectorDeps) {
  const chosen = new Map<string, ProjectorSettings>()
  const prompts = new PromptLookup(() => notebook.packs.list().map((p) => p.pack))

  async function settingsFor(sessionId: string): Promise<ProjectorSettings> {
    const session = await notebook.sessions.peek(sessionId)
    const saved = chosen.get(sessionId)
    if (saved) return saved
    const languages = session.languages.length > 0 ? session.languages.slice(0, 2) : [uiLanguage()]
    return { blank: false, languages }
  }

  async function state(sessionId: string): Promise<ProjectorView> {
    const settings = await settingsFor(sessionId)
    const session = await notebook.sessions.peek(sessionId)
    return buildProjectorView({
      session,
      settings,
      prompt: (ref, language) => prompts.find(ref, language),
      room: (await room?.onScreen(sessionId)) ?? null
    })
  }

  async function set({ sessionId, ...patch }: ProjectorSetInput): Promise<ProjectorView> {
    const current = await settingsFor(sessionId)
    const next: ProjectorSettings = { ...current }
    if (patch.blank !== undefined) next.blank = patch.blank
    if (patch.languages !== undefined) next.languages = [...patch.languages]
    chosen.set(sessionId, next)
    return state(sessionId)
  }

  async function open(sessionId: string): Promise<null> {
    await notebook.sessions.peek(sessionId)
    if (!openWindow) throw new AppError('projector/no-window', 'browser mode opens the projector in a tab')
    openWindow(sessionId)
    return null
  }

  return { state, set, open }
}

/** Content-pack prompts by reference, re-indexed only when the installed packs change. */
class PromptLookup {
  private packs: ContentPack[] = []
  private index = new Map<string, ContentPack['items'][number]>()
  constructor(private readonly installed: () => ContentPack[]) {}

  find(ref: string, language: Language): { title: string; text: string } | null {
    const packs = this.installed()
    if (packs.length !== this.packs.length || packs.some((p, i) => p !== this.packs[i])) {
      this.packs = packs
      this.index = new Map(
        packs.flatMap((p) => p.items.filter((i) => i.kind === 'prompt').map((i) => [`${p.id}:${i.id}`, i]))
      )
    }
    const item = this.index.get(ref)
    const title = item?.title[language]
    const text = item?.summary[language]
    // A pack without this language (Arabic is optional) has no prompt to show in it.
    return title !== undefined && text !== undefined ? { title, text } : null
  }
}
