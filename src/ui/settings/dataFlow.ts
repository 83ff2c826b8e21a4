/**
 * The Data rows' actions as the viewer sees them: each ends with a toast saying what happened (how much the cache
 * freed, the export's file name, the import's summary or its problems), or that a TV cannot handle files.
 */
import type { AppContext } from '../context';
import { t } from '../i18n';
import { canUseFiles, clearAccountCache, downloadExport, importExport, pickTextFile, sizeText } from './dataActions';

/** The actions of the Data section. */
export type DataAction = 'clearCache' | 'exportData' | 'importData';

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Runs `action` for the signed-in account and the store, and tells the viewer how it went. Never rejects. */
export async function runDataAction(context: AppContext, action: DataAction): Promise<void> {
  const store = context.store;
  if (!store) return;
  try {
    if (action === 'clearCache') {
      const signedIn = context.signedIn;
      if (!signedIn) return;
      const cleared = await clearAccountCache(store, signedIn.stored.id).catch(() => undefined);
      context.toast(
        cleared ? t('settings.clearCache.done', { size: sizeText(cleared.bytes) }) : t('settings.clearCache.failed'),
      );
      return;
    }
    if (!canUseFiles(context.platform.kind)) {
      context.toast(t('settings.data.noFiles'));
      return;
    }
    if (action === 'exportData') {
      const file = await downloadExport(store);
      context.toast(t('settings.exportData.done', { file }));
      return;
    }
    const json = await pickTextFile();
    if (json === undefined) return;
    const outcome = await importExport(store, json);
    context.toast(outcome.message);
  } catch (error) {
    context.toast(t('settings.data.failed', { reason: reasonOf(error) }));
  }
}
