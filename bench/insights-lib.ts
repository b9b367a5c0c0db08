// What bench/insights.mjs drives in-process: the notebook, the Insights service and captures.
export { Notebook } from '../src/main/storage/notebook'
export { createInsightsService } from '../src/main/services/insights/insights-service'
export { createCaptureService } from '../src/main/services/capture-service'
export { insightQuerySchema } from '../src/shared/insights/query-schema'
export { openBackend } from '../src/main/backend'
