export * from './constants'
export type * from './participant'
export type * from './facilitator'
