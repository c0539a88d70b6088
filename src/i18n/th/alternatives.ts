import type { alternatives as en } from '../en/alternatives.js';

export const alternatives: typeof en = {
  alternativesTitle: 'สิ่งนี้อาจช่วยได้',
  alternativesIntro: 'หากไม่มีข้อใดเหมาะ ให้ดำเนินการยกเลิกต่อ ไม่มีสิ่งใดในหน้านี้เปลี่ยน eSIM ของคุณ',
  continueCancelling: 'ยกเลิกต่อ',
  altTransferTitle: 'ย้าย eSIM ไปยังโทรศัพท์เครื่องใหม่',
  altTransferText: 'eSIM หลายแบบย้ายไปเครื่องใหม่ได้โดยไม่ต้องยกเลิก แต่ eSIM สำหรับเดินทางหลายแบบย้ายไม่ได้ ในกรณีนั้นฝ่ายสนับสนุนจะส่งโปรไฟล์ใหม่ให้',
  altTransferIphone: 'iPhone: ระหว่างตั้งค่า iPhone เครื่องใหม่ หรือภายหลังที่ การตั้งค่า → เซลลูลาร์ → เพิ่ม eSIM → ถ่ายโอนจาก iPhone ที่อยู่ใกล้เคียง',
  altTransferAndroid: 'Android: ในการตั้งค่า เปิดซิมแล้วเลือกโอนซิม (ในรุ่นที่รองรับ เช่น Pixel และ Galaxy รุ่นใหม่)',
  altTransferAction: 'เก็บไว้และย้าย',
  altSupportTitle: 'ให้ฝ่ายสนับสนุนช่วยดูปัญหา',
  altSupportText: 'ปัญหาการติดตั้งและการเชื่อมต่อส่วนใหญ่แก้ไขได้ ฝ่ายสนับสนุนจะได้รับรายละเอียด eSIM นี้พร้อมข้อความของคุณ คุณจึงไม่ต้องอธิบายซ้ำ',
  altSupportAction: 'ติดต่อฝ่ายสนับสนุน',
  altSupportSubject: (esim: string) => `ปัญหาเกี่ยวกับ eSIM ของฉัน: ${esim}`,
  altSupportBody: (esim: string, iccid: string, problem: string) => `eSIM: ${esim}\nICCID: ${iccid}\nปัญหา: ${problem}\n\nสิ่งที่เกิดขึ้น:\n`,
  altKeepTitle: 'เก็บไว้ใช้ในทริปหน้า',
  altKeepText: (date: string) => `eSIM นี้ใช้ได้ถึง ${date} เก็บไว้ใช้ในทริปหน้าได้`,
  altKeepAction: 'เก็บไว้ใช้ทริปหน้า',
  reasonOptional: 'ไม่บังคับ: ช่วยให้เราปรับปรุง',
  reasonNotGiven: 'ไม่ได้ระบุ',
};
