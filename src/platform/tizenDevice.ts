import type { DeviceInfo, PlatformHost } from './platform';
import { engineName } from './userAgent';

const MIB = 1024 * 1024;

/** `Tizen 6.5` in the user agent → `6.5`. */
export function tizenVersion(userAgent: string): string | undefined {
  const match = /Tizen (\d+\.\d+)/i.exec(userAgent);
  return match ? match[1] : undefined;
}

/** Runs a vendor call that may throw (missing privilege, unsupported on this model) and keeps only a real answer. */
function attempt<T>(read: () => T | undefined): T | undefined {
  try {
    const value = read();
    return value === null || value === '' ? undefined : value;
  } catch {
    return undefined;
  }
}

/**
 * What a Samsung TV tells about itself: the model and firmware from the product API (needs the productinfo
 * privilege), the platform version from the system info capability (the user agent as fallback), and the total
 * memory from `tizen.systeminfo.getTotalMemory()` (bytes; Tizen 2.3+).
 */
export function readTizenDevice(host: PlatformHost): DeviceInfo {
  const userAgent = (host.navigator && host.navigator.userAgent) || '';
  const product = host.webapis && host.webapis.productinfo;
  const system = host.tizen && host.tizen.systeminfo;
  const model = attempt(
    () => product && ((product.getRealModel && product.getRealModel()) || (product.getModel && product.getModel())),
  );
  const firmware = attempt(() => product && product.getFirmware && product.getFirmware());
  const capability = attempt<unknown>(
    () => system && system.getCapability && system.getCapability('http://tizen.org/feature/platform.version'),
  );
  const memory = attempt(() => system && system.getTotalMemory && system.getTotalMemory());
  return {
    platform: 'tizen',
    model: model || undefined,
    osVersion: typeof capability === 'string' ? capability : tizenVersion(userAgent),
    firmware: firmware || undefined,
    totalMemoryMb: typeof memory === 'number' && memory > 0 ? Math.round(memory / MIB) : undefined,
    engine: engineName(userAgent),
    userAgent,
  };
}
