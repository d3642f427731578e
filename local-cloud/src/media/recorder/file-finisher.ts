import type { Logger } from "../../core/logger";
import type { FinalizedRecording, MediaSink } from "../../recording/contracts";
import type { ProcessSupervisor } from "../ffmpeg/process-supervisor";
import { finalizedPath, finalizeRecordingFiles, removePieces } from "./finalize-recording";
import type { FinishedFile, RecordingOutlet } from "./recording-plan";
import type { RecordingRecord, RecordingStore } from "./recording-store";

export interface FileFinisherOptions {
  store: RecordingStore;
  media: MediaSink;
  supervisor: ProcessSupervisor;
  ffmpegPath: string;
  /** By `RecordingOwner.kind`. */
  outlets: Record<string, RecordingOutlet>;
  logger: Logger;
}

/**
 * Turns a recording whose recording is over into a VOD media item and tells its outlet: each step
 * is persisted, so that after a crash at any point it is done again without loss or repetition.
 */
export class FileFinisher {
  constructor(private readonly options: FileFinisherOptions) {}

  async finish(record: RecordingRecord, isSplit: boolean): Promise<void> {
    const outlet = this.options.outlets[record.owner.kind];
    if (!outlet) throw new Error(`no outlet finishes recordings of kind ${record.owner.kind}`);
    const endMs = Math.max(...record.pieces.map((piece) => piece.endMs ?? piece.startMs), record.startMs);
    const startMs = record.pieces[0]?.startMs ?? record.startMs;
    const file: FinishedFile = { record, startMs, endMs, isSplit };
    // Stored before a crash: only what follows storing is left to do.
    const stored = record.stored ?? (await this.storeInVod(record, file, outlet));
    if (stored) {
      await outlet.stored(file, stored.finalized, stored.media);
      this.options.logger.info(
        `recorder: ${stored.finalized.name} (${record.format}) is VOD media ${stored.media.fileId}`,
      );
    }
    await this.options.store.markDone(record.id);
    if (stored) await removePieces(record);
  }

  /**
   * Makes the file and hands it to VOD; null when nothing was recorded. VOD takes the files it is
   * handed, so a crash after it stored them but before `stored` was persisted leaves nothing to
   * make the file from: VOD is asked first whether it already has the media from that path.
   */
  private async storeInVod(
    record: RecordingRecord,
    file: FinishedFile,
    outlet: RecordingOutlet,
  ): Promise<RecordingRecord["stored"]> {
    const { supervisor, ffmpegPath, media, logger } = this.options;
    const { name, trtcRecord } = outlet.describe(file);
    const already = await media.findRecording(finalizedPath(record, name));
    const files = already
      ? // VOD has the file and its cover already.
        { path: finalizedPath(record, name), coverPath: null }
      : await finalizeRecordingFiles(record, name, supervisor, ffmpegPath);
    if (!files) {
      logger.info(`recorder: nothing was recorded into ${record.format} of ${record.streamKey}`);
      return null;
    }
    const finalized: FinalizedRecording = {
      sdkAppId: record.stream.sdkAppId,
      subAppId: record.settings.vodSubAppId,
      format: record.format,
      path: files.path,
      name,
      streamId: record.stream.streamId,
      domain: record.stream.domain,
      appName: record.stream.appName,
      startTime: file.startMs,
      endTime: file.endMs,
      streamParam: record.stream.streamParam,
      storageTimeSeconds: record.settings.storageTimeSeconds,
      coverPath: files.coverPath,
      recordTemplateId: record.templateId,
      ...(trtcRecord ? { trtcRecord } : {}),
    };
    const stored = { finalized, media: already ?? (await media.addRecording(finalized)) };
    await this.options.store.markStored(record.id, stored);
    return stored;
  }
}
