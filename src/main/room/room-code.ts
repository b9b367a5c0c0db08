import { randomInt } from 'node:crypto'
import { encode } from 'uqr'
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/room/constants'

/** A fresh room code from a cryptographic source (it is the room's only key). */
export function roomCode(): string {
  let code = ''
  for (let i = 0; i < ROOM_CODE_LENGTH; i++) code += ROOM_CODE_ALPHABET[randomInt(ROOM_CODE_ALPHABET.length)]
  return code
}

/** The QR code of `text`, computed here (no network), as rows of "1" (dark) and "0" (light). */
export function qrRows(text: string): string[] {
  const { data } = encode(text, { ecc: 'M', border: 0 })
  return data.map((row) => row.map((dark) => (dark ? '1' : '0')).join(''))
}
