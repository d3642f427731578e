const UINT32_MAX = 4_294_967_295;

/**
 * TRTC has two kinds of room: 32-bit integer rooms and string rooms, addressed by different API
 * variants (RemoveUser vs RemoveUserByStrRoomId). The console treats a decimal uint32 as an
 * integer room, as a TRTC client that enters with a number would.
 */
export function isIntegerRoomId(roomId: string): boolean {
  if (!/^[1-9][0-9]{0,9}$/.test(roomId)) return false;
  return Number(roomId) <= UINT32_MAX;
}
