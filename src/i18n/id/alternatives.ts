import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: 'Mungkin ini membantu',
  alternativesIntro: 'Jika tidak ada yang cocok, lanjutkan pembatalan: tidak ada yang berubah pada eSIM Anda di sini.',
  continueCancelling: 'Lanjutkan pembatalan',
  altTransferTitle: 'Pindahkan eSIM ke ponsel baru',
  altTransferText:
    'Banyak eSIM bisa dipindahkan ke ponsel baru tanpa dibatalkan. Namun banyak eSIM perjalanan tidak bisa: untuk itu, dukungan akan mengirim profil baru.',
  altTransferIphone:
    'iPhone: saat menyiapkan iPhone baru, atau nanti di Pengaturan → Seluler → Tambah eSIM → Transfer dari iPhone di Dekat.',
  altTransferAndroid:
    'Android: di Setelan, buka SIM lalu pilih Transfer SIM (di ponsel yang menyediakannya, seperti Pixel dan Galaxy terbaru).',
  altTransferAction: 'Simpan dan pindahkan',
  altSupportTitle: 'Biarkan dukungan memeriksa masalahnya',
  altSupportText:
    'Sebagian besar masalah pemasangan dan koneksi bisa diatasi. Dukungan menerima detail eSIM ini bersama pesan Anda, jadi Anda tidak perlu menjelaskannya.',
  altSupportAction: 'Hubungi dukungan',
  altSupportSubject: (esim: string) => `Masalah dengan eSIM saya: ${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) =>
    `eSIM: ${esim}\nICCID: ${iccid}\nMasalah: ${problem}\n\nYang terjadi:\n`,
  altKeepTitle: 'Simpan untuk perjalanan berikutnya',
  altKeepText: (date: string) => `eSIM ini berlaku sampai ${date}. Simpan untuk perjalanan berikutnya.`,
  altKeepAction: 'Simpan untuk perjalanan saya berikutnya',
  reasonOptional: 'Opsional: membantu kami menjadi lebih baik.',
  reasonNotGiven: 'Tidak diisi',
};
