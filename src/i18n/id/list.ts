import type { list as en } from '../en/list.js';
import { plural } from '../plural.js';

const num = (n: number) => n.toLocaleString('id');

export const list: typeof en = {
  listLabel: 'eSIM Anda',
  listLoading: 'Memuat eSIM Anda…',
  listEmptyTitle: 'Belum ada eSIM',
  listEmptyBody: 'eSIM yang Anda beli akan muncul di sini.',
  listNoMatchesTitle: 'Tidak ada eSIM yang cocok',
  listNoMatchesBody: 'Coba nama atau ICCID lain, atau tampilkan semua status.',
  listClearFilters: 'Tampilkan semua eSIM',
  listLoadErrorTitle: 'eSIM Anda tidak dapat dimuat',
  listRefreshError: 'Data eSIM ini mungkin sudah usang: gagal diperbarui.',
  listSearchLabel: 'Cari nama atau ICCID',
  listFilterAll: 'Semua status',
  listCount: (shown, loaded, more) =>
    shown !== loaded
      ? plural('id', shown, { other: `# dari ${num(loaded)} eSIM yang dimuat cocok` })
      : more
        ? plural('id', loaded, { other: '# eSIM dimuat, masih ada lagi' })
        : plural('id', loaded, { other: 'Total # eSIM' }),
  listSearchLoadedOnly: 'Pencarian hanya mencakup eSIM yang sudah dimuat. Muat lebih banyak untuk mencari sisanya.',
  listLoadMore: 'Muat eSIM lainnya',
  listLoadMoreError: 'eSIM lainnya tidak dapat dimuat.',
  listAllLoaded: 'Semua eSIM Anda sudah ditampilkan.',
  listLoaded: (n) => plural('id', n, { other: '# eSIM lagi telah dimuat' }),
  listSomeUnreadable: (n: number) =>
    plural('id', n, {
      other: '# eSIM tidak dapat ditampilkan: server mengirim data yang tidak dapat kami baca. Hubungi dukungan jika ini terus terjadi.',
    }),
  listCopy: 'Salin',
  listCopied: 'Tersalin',
  listCopyLabel: (esim) => `Salin ICCID lengkap ${esim}`,
  listCopiedAnnounce: (esim) => `ICCID lengkap ${esim} sudah disalin.`,
  listCopyFallback: 'Penyalinan tidak tersedia di sini: pilih nomornya untuk menyalin.',
  listDevice: 'Perangkat',
  listCancel: 'Batalkan',
  listCancelLabel: (esim) => `Batalkan ${esim}`,
  flowLabel: 'Batalkan eSIM',
  // Shown by the flow too (its review and tracking steps), and by the list's rows and toolbar.
  labelIccid: 'ICCID',
  labelStatus: 'Status',
  labelData: 'Kuota',
  listWithdrawUntil: (date: string) => `Dapat ditarik kembali sampai ${date}`,
};
