import type { EngineFailure } from './Engine';

/** The parts of a `shaka.util.Error` we read. */
export interface ShakaErrorLike {
  /** 1 RECOVERABLE, 2 CRITICAL. */
  severity?: number;
  /** 1 NETWORK, 2 TEXT, 3 MEDIA, 4 MANIFEST, 5 STREAMING, 6 DRM, 7 PLAYER, ... */
  category?: number;
  code?: number;
  data?: unknown[];
}

const NETWORK = 1;
const MEDIA = 3;
const MANIFEST = 4;
const DRM = 6;
const BAD_HTTP_STATUS = 1001;
const TIMEOUT = 1003;
const OPERATION_ABORTED = 7000;

/**
 * What a shaka error means for the player, or undefined for one to ignore (an aborted operation: the player itself
 * cancelled the load). Categories and codes are shaka's (`lib/util/error.js`): 1001 carries the status in `data[1]`.
 */
export function classifyShakaError(error: ShakaErrorLike): EngineFailure | undefined {
  const code = error.code ?? 0;
  const detail = `shaka ${code}`;
  if (code === OPERATION_ABORTED) return undefined;
  if (code === BAD_HTTP_STATUS) {
    const status = Array.isArray(error.data) && typeof error.data[1] === 'number' ? error.data[1] : undefined;
    return status !== undefined
      ? { kind: 'http', status, detail, cause: error }
      : { kind: 'network', detail, cause: error };
  }
  if (code === TIMEOUT) return { kind: 'timeout', detail, cause: error };
  switch (error.category) {
    case NETWORK:
      return { kind: 'network', detail, cause: error };
    case MANIFEST:
    case DRM:
      return { kind: 'format', detail, cause: error };
    case MEDIA:
      return { kind: 'media', detail, cause: error };
    default:
      return { kind: error.severity === 1 ? 'network' : 'media', detail, cause: error };
  }
}
