/** Every query key the renderer uses, in one place, so a mutation and a screen never disagree. */
export const keys = {
  appInfo: ['app-info'] as const,
  notebookStatus: ['notebook-status'] as const,
  settings: ['settings'] as const,
  catalog: ['catalog'] as const,
  sessions: ['sessions'] as const,
  session: (id: string) => ['session', id] as const,
  backups: (sessionId: string) => ['backups', sessionId] as const,
  exportPreview: (sessionId: string) => ['export-preview', sessionId] as const,
  library: ['library'] as const,
  packs: ['content', 'packs'] as const,
  templates: ['own-templates'] as const,
  /** Everything Insights shows is under this prefix: a change to notes invalidates it all. */
  insightsAll: ['insights'] as const,
  insightsPage: (search: string, page: number) => ['insights', 'page', search, page] as const,
  insightsStatus: ['insights', 'status'] as const,
  tags: ['insights', 'tags'] as const,
  views: ['insights', 'views'] as const,
  boards: ['insights', 'boards'] as const,
  board: (id: string) => ['insights', 'board', id] as const,
  projector: (sessionId: string) => ['projector', sessionId] as const,
  /** The room of one session: its status and its "From the room" queue. */
  roomStatus: (sessionId: string) => ['room', sessionId, 'status'] as const,
  roomQueue: (sessionId: string) => ['room', sessionId, 'queue'] as const,
  roomInterfaces: ['room', 'interfaces'] as const
}
