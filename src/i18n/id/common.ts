import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: 'Halaman ini belum terhubung ke layanan eSIM. Silakan hubungi pemilik situs.',
  errorNetwork: 'Server tidak dapat dihubungi. Periksa koneksi Anda, lalu coba lagi.',
  errorTimeout: 'Server terlalu lama merespons. Silakan coba lagi.',
  errorInvalidResponse: 'Jawaban dari server tidak dapat dibaca. Silakan coba lagi, atau hubungi dukungan jika terus terjadi.',
  errorUnauthenticated: 'Sesi Anda telah berakhir. Silakan masuk lagi.',
  errorForbidden: 'Akun Anda tidak diizinkan melakukan ini. Silakan hubungi dukungan.',
  errorNotFound: 'eSIM atau permintaan ini tidak ditemukan. Mungkin sudah dihapus.',
  errorNotEligible: 'eSIM ini tidak dapat dibatalkan secara online lagi.',
  errorDuplicate: 'Sudah ada permintaan pembatalan yang masih diproses untuk eSIM ini.',
  errorAlreadyCancelled: 'eSIM ini sudah dibatalkan.',
  errorValidation: 'Ada data yang perlu diperbaiki. Periksa kolom yang ditandai.',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'Terlalu banyak permintaan. Tunggu sebentar, lalu coba lagi.'
      : plural('id', seconds, { other: 'Terlalu banyak permintaan. Silakan coba lagi dalam # detik.' }),
  errorUpstream: 'Penyedia eSIM sedang tidak merespons. Silakan coba lagi dalam beberapa menit.',
  errorIdempotency: 'Permintaan ini berubah saat sedang dikirim. Periksa kembali, lalu kirim ulang.',
  errorInternal: 'Terjadi masalah di sistem kami. Silakan coba lagi.',
  retry: 'Coba lagi',
  close: 'Tutup',
  loading: 'Memuat…',
  emailInvalid: 'Masukkan alamat email seperti name@example.com.',
  signedOutTitle: 'Anda sudah keluar',
  signedOutWaiting: 'Masuk di halaman ini untuk melanjutkan.',
};
