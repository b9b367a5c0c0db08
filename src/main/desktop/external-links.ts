import { AppError } from '../../shared/errors'

/**
 * The sites Passerelle links to: the sources the bundled content pack cites. Everything else is
 * refused and logged, even https, even after the user confirmed: a link in an imported pack or a
 * compromised renderer cannot send the facilitator anywhere new. A test checks that every source
 * the bundled packs cite is on this list, so adding a source means adding its site here.
 * A site covers its subdomains (`www.`, `fr.`, `learning.`).
 */
export const EXTERNAL_LINK_SITES: readonly string[] = [
  // The note's publisher: UCLG (CGLU in French and Spanish), its learning platform and its
  // Committee on Social Inclusion, Participatory Democracy and Human Rights (CISDP).
  'uclg.org',
  'cglu.org',
  'uclg-cglu.org',
  'uclg-cisdp.org',
  // Where the note and its companion reports are published online.
  'issuu.com',
  'readkong.com',
  'yumpu.com',
  'scribd.com',
  '123dok.net',
  // MC2CM (Mediterranean City-to-City Migration) partners and peer networks.
  'icmpd.org',
  'anvita.fr',
  'globaldemocracycoalition.org',
  'moving-cities.eu',
  'right2city.org',
  'effectiveinstitutions.org',
  'mixedmigration.org',
  'barcelona.cat',
  // Context the pack cites: press and reference articles about the cities in the note.
  'wikipedia.org',
  'liti.fr',
  'gre-mag.fr',
  '20minutos.es',
  'levante-emv.com',
  'cope.es'
]

/** `www.issuu.com.` → `www.issuu.com`: a trailing dot names the same host. */
const hostOf = (url: URL) => url.hostname.toLowerCase().replace(/\.$/, '')

export function isAllowedExternalLink(url: URL, sites: readonly string[] = EXTERNAL_LINK_SITES): boolean {
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return false
  const host = hostOf(url)
  return sites.some((site) => host === site || host.endsWith(`.${site}`))
}

/**
 * The desktop's `openExternal`: the system browser for an allowed https link; anything else is
 * refused with the usual `external/not-allowed` and logged (the host only, never the full URL,
 * which could carry what a participant said).
 */
export function allowListedOpener(
  open: (url: string) => Promise<void>,
  log: (message: string) => void = console.warn
): (url: string) => Promise<void> {
  return async (href) => {
    let url: URL
    try {
      url = new URL(href)
    } catch {
      log('[passerelle] refused to open a link that is not a URL')
      throw new AppError('external/not-allowed', 'not a URL')
    }
    if (!isAllowedExternalLink(url)) {
      log(`[passerelle] refused to open ${url.protocol}//${hostOf(url)}: not a site Passerelle links to`)
      throw new AppError('external/not-allowed', `${hostOf(url)} is not on the allow-list`)
    }
    await open(url.href)
  }
}
