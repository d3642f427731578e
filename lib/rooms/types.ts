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
