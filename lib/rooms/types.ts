/** A user in a live room, as the console shows it (reshaped from TRTC's UserInformation). */
export interface RoomUser {
  userId: string;
  joinedAt: string;
  deviceType: string;
  clientIp: string;
}

/** A live room (reshaped from TRTC's RoomState). */
export interface LiveRoom {
  roomId: string;
  isIntegerRoom: boolean;
  commId: string;
  createdAt: string;
  users: RoomUser[];
}

/** A sample clip the local cloud offers for demos and tests. */
export interface SampleClip {
  name: string;
  url: string;
  width: number;
  height: number;
  durationSeconds: number;
}

/**
 * The live rooms, or why TRTC's room queries cannot list them for this app (`unavailable`: no
 * monthly package or Monitoring Dashboard, reference §8). Recording never depends on them.
 */
export interface RoomsReading {
  rooms: LiveRoom[];
  unavailable: string | null;
}

/** One live room (null: nobody in it), or why the room queries cannot say. */
export interface RoomReading {
  room: LiveRoom | null;
  unavailable: string | null;
}
