import type { esim as en } from '../en/esim.js';

export const esim: typeof en = {
  statusReady: 'พร้อมติดตั้ง',
  statusActive: 'ใช้งานอยู่',
  statusDepleted: 'ดาต้าหมดแล้ว',
  statusExpired: 'หมดอายุ',
  statusSuspended: 'ถูกระงับ',
  statusCancelPending: 'รอการยกเลิก',
  statusCancelled: 'ยกเลิกแล้ว',
  statusRevoked: 'ถูกเพิกถอน',
  statusUnknown: 'ไม่ทราบสถานะ',

  installNotInstalled: 'ยังไม่ได้ติดตั้ง',
  installDownloaded: 'ดาวน์โหลดแล้ว ยังไม่ได้ติดตั้ง',
  installInstalled: 'ติดตั้งแล้ว',
  installEnabled: 'ติดตั้งและเปิดใช้แล้ว',
  installDisabled: 'ติดตั้งแล้ว ปิดอยู่',
  installDeleted: 'ลบออกจากอุปกรณ์แล้ว',
  installUnknown: 'ไม่ทราบสถานะการติดตั้ง',

  ineligibleInstalled: 'ติดตั้งในอุปกรณ์แล้ว: ติดต่อฝ่ายบริการลูกค้าเพื่อยกเลิก',
  ineligibleRequestOpen: 'มีคำขอยกเลิกที่ดำเนินการอยู่แล้ว',
  ineligibleExpired: 'หมดอายุ',
  ineligibleWindowElapsed: 'หมดเวลาที่ยกเลิกได้แล้ว',
  ineligibleDataUsed: 'มีการใช้ดาต้าแล้ว',
  ineligibleAlreadyCancelled: 'ยกเลิกแล้ว',
  ineligibleNotSupported: 'แพ็กเกจนี้ยกเลิกทางออนไลน์ไม่ได้',

  dataUsedOf: (used: string, total: string) => `ใช้ไป ${used} จาก ${total}`,
  dataUnlimited: 'ไม่จำกัด',
  dataUsedUnlimited: (used: string) => `ใช้ไป ${used}`,
  dataUpdated: (ago: string) => `อัปเดต ${ago}`,
  dataNone: 'ยังไม่มีข้อมูลการใช้งาน',

  expiresIn: (when: string) => `หมดอายุ${when}`,
  validUntil: (date: string) => `ใช้ได้ถึง ${date}`,
  expiredOn: (date: string) => `หมดอายุเมื่อ ${date}`,
  validityOnFirstUse: 'เริ่มนับอายุเมื่อใช้งานครั้งแรก',

  iccidEnding: (last4: string) => `ลงท้าย ${last4}`,
  esimLabel: (name: string, last4: string) => `${name} (ลงท้าย ${last4})`,

  cancellationPending: 'ส่งแล้ว',
  cancellationProcessing: 'กำลังพิจารณา',
  cancellationCompleted: 'ยกเลิกแล้ว',
  cancellationRejected: 'ถูกปฏิเสธ',
  cancellationWithdrawn: 'ถอนแล้ว',
  cancellationLine: (reference: string, status: string) => `คำขอยกเลิก ${reference}: ${status}`,
  cancellationOpen: 'ส่งคำขอยกเลิกแล้ว',
  decisionBy: (date: string) => `คาดว่าจะทราบผลภายใน ${date}`,
};
