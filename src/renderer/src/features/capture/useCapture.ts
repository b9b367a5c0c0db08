import { useSessionChange } from '../../api/sessions'

/** Live capture's changes: each lands in the cached session once main has it on disk. */
export function useCaptureMutations(sessionId: string) {
  return {
    add: useSessionChange(sessionId, 'captures:add'),
    update: useSessionChange(sessionId, 'captures:update'),
    remove: useSessionChange(sessionId, 'captures:delete'),
    restore: useSessionChange(sessionId, 'captures:restore'),
    mark: useSessionChange(sessionId, 'live:mark')
  }
}
