import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CATALOG_FORMAT, catalogSchema, type PlanningCatalog } from '../../shared/planning/catalog-schema'

export const emptyCatalog = (): PlanningCatalog => ({
  format: CATALOG_FORMAT,
  formatVersion: 1,
  methods: [],
  personas: [],
  templates: []
})

/** The shipped planning catalog (methods, sample personas, templates). A broken one is logged, never fatal. */
export async function loadCatalog(
  resourcesDir: string,
  log: (message: string) => void = console.error
): Promise<PlanningCatalog> {
  try {
    const parsed = catalogSchema.safeParse(
      JSON.parse(await readFile(join(resourcesDir, 'planning', 'catalog.json'), 'utf8'))
    )
    if (parsed.success) return parsed.data
    log(`planning catalog is invalid: ${parsed.error.issues[0]?.message ?? 'unknown'}`)
  } catch (error) {
    log(`planning catalog unavailable: ${error instanceof Error ? error.message : String(error)}`)
  }
  return emptyCatalog()
}
