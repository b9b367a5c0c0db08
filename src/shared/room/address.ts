/** The room's address as people read it out and type it: `192.168.43.1:51234`, no scheme, no slash. */
export const shortAddress = (url: string) => url.replace(/^https?:\/\//, '').replace(/\/$/, '')
