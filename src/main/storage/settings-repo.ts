import { stripUndefined } from '../../shared/objects'
import type { Settings, SettingsPatch } from '../../shared/domain/settings'
import type { DocumentStore } from './document-store'
import type { NotebookFile } from './schemas'

export class SettingsRepo {
  constructor(private readonly store: DocumentStore<NotebookFile>) {}

  get(): Settings {
    return { ...this.store.data.settings }
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    await this.store.update((draft) => {
      draft.settings = { ...draft.settings, ...stripUndefined(patch) }
    })
    return this.get()
  }
}
