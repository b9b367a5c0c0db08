import type { AgendaBlock } from '../../src/shared/planning/session'

/** One plain activity block of an agenda (20 minutes, day 1, no method, no links), as tests need them. */
export const agendaBlock = (id: string, title = id, overrides: Partial<AgendaBlock> = {}): AgendaBlock => ({
  id,
  title,
  kind: 'activity',
  methodId: null,
  durationMinutes: 20,
  notes: '',
  materials: '',
  links: [],
  protected: false,
  day: 1,
  ...overrides
})
