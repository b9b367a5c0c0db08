import { stripUndefined } from '../../shared/objects'
import type { SettingsPatch } from '../../shared/domain/settings'
import type { StoredSettings } from '../../shared/ipc/contract'
import type { DocumentStore } from './document-store'
import type { NotebookFile } from './schemas'

export class SettingsRepo {
  constructor(private readonly store: DocumentStore<NotebookFile>) {}

  get(): StoredSettings {
    return { ...this.store.data.settings, revision: this.store.revision }
  }

  async update(patch: SettingsPatch, expectedRevision?: number): Promise<StoredSettings> {
    const { value, revision } = await this.store.update((draft) => {
      draft.settings = { ...draft.settings, ...stripUndefined(patch) }
      return { ...draft.settings }
    }, expectedRevision)
    return { ...value, revision }
  }
}
