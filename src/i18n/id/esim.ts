import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: 'Siap dipasang',
  statusActive: 'Aktif',
  statusDepleted: 'Kuota habis',
  statusExpired: 'Kedaluwarsa',
  statusSuspended: 'Ditangguhkan',
  statusCancelPending: 'Menunggu pembatalan',
  statusCancelled: 'Dibatalkan',
  statusRevoked: 'Dicabut',
  statusUnknown: 'Status tidak diketahui',

  installNotInstalled: 'Belum dipasang',
  installDownloaded: 'Sudah diunduh, belum dipasang',
  installInstalled: 'Terpasang',
  installEnabled: 'Terpasang dan aktif',
  installDisabled: 'Terpasang, nonaktif',
  installDeleted: 'Dihapus dari perangkat',
  installUnknown: 'Pemasangan tidak diketahui',

  ineligibleInstalled: 'Terpasang di perangkat: hubungi dukungan untuk membatalkannya',
  ineligibleRequestOpen: 'Sudah ada permintaan pembatalan yang diproses',
  ineligibleExpired: 'Kedaluwarsa',
  ineligibleWindowElapsed: 'Batas waktu pembatalan sudah lewat',
  ineligibleDataUsed: 'Kuota sudah terpakai',
  ineligibleAlreadyCancelled: 'Sudah dibatalkan',
  ineligibleNotSupported: 'Paket ini tidak dapat dibatalkan secara online',

  dataUsedOf: (used: string, total: string) => `${used} dari ${total} terpakai`,
  dataUnlimited: 'Tanpa batas',
  dataUsedUnlimited: (used: string) => `${used} terpakai`,
  dataUpdated: (ago: string) => `diperbarui ${ago}`,
  dataNone: 'Belum ada data pemakaian',

  expiresIn: (when: string) => `Berakhir ${when}`,
  validUntil: (date: string) => `Berlaku hingga ${date}`,
  expiredOn: (date: string) => `Berakhir pada ${date}`,
  validityOnFirstUse: 'Masa berlaku dimulai saat pertama dipakai',

  iccidEnding: (last4: string) => `berakhiran ${last4}`,
  esimLabel: (name: string, last4: string) => `${name} (berakhiran ${last4})`,

  cancellationPending: 'Terkirim',
  cancellationProcessing: 'Sedang ditinjau',
  cancellationCompleted: 'Dibatalkan',
  cancellationRejected: 'Ditolak',
  cancellationWithdrawn: 'Ditarik kembali',
  cancellationLine: (reference: string, status: string) => `Permintaan pembatalan ${reference}: ${status}`,
  cancellationOpen: 'Pembatalan diminta',
  decisionBy: (date: string) => `Keputusan diperkirakan paling lambat ${date}`,
};
