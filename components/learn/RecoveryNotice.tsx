'use client';

import { useTranslations } from 'next-intl';
import type { Recovery } from '@/lib/learn/savedWords';

type Props = { recovery: Recovery; onDismiss: () => void };

/** Tells the learner what could not be kept from storage, and where the raw data was put aside. */
export function RecoveryNotice({ recovery, onDismiss }: Props) {
  const t = useTranslations('Words');
  return (
    <div className="notice" role="alert" data-testid="recovery-notice">
      <p>{t('recovery', { reason: recovery.reason, dropped: recovery.dropped })}</p>
      <p>{recovery.backupKey ? t('backup', { key: recovery.backupKey }) : t('noBackup')}</p>
      <button type="button" onClick={onDismiss}>
        {t('dismiss')}
      </button>
    </div>
  );
}
