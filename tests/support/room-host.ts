/** The room's "LAN" in tests: another loopback address, never a real network. */
export const ROOM_TEST_HOST = '127.0.0.2'
