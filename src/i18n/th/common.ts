import type { common as en } from '../en/common.js';
import { plural } from '../plural.js';

export const common: typeof en = {
  errorNotConfigured: 'หน้านี้ยังไม่ได้เชื่อมต่อบริการ eSIM โปรดติดต่อเจ้าของเว็บไซต์',
  errorNetwork: 'เชื่อมต่อเซิร์ฟเวอร์ไม่ได้ ตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
  errorTimeout: 'เซิร์ฟเวอร์ตอบกลับช้าเกินไป โปรดลองอีกครั้ง',
  errorInvalidResponse: 'อ่านคำตอบจากเซิร์ฟเวอร์ไม่ได้ โปรดลองอีกครั้ง หากยังไม่ได้ โปรดติดต่อฝ่ายบริการลูกค้า',
  errorUnauthenticated: 'เซสชันหมดอายุแล้ว โปรดลงชื่อเข้าใช้อีกครั้ง',
  errorForbidden: 'บัญชีของคุณไม่มีสิทธิ์ทำรายการนี้ โปรดติดต่อฝ่ายบริการลูกค้า',
  errorNotFound: 'ไม่พบ eSIM หรือคำขอนี้ อาจถูกลบไปแล้ว',
  errorNotEligible: 'eSIM นี้ยกเลิกทางออนไลน์ไม่ได้แล้ว',
  errorDuplicate: 'eSIM นี้มีคำขอยกเลิกที่ดำเนินการอยู่แล้ว',
  errorAlreadyCancelled: 'eSIM นี้ถูกยกเลิกแล้ว',
  errorValidation: 'ข้อมูลบางส่วนต้องแก้ไข โปรดดูช่องที่ไฮไลต์ไว้',
  errorRateLimited: (seconds?: number) =>
    seconds === undefined
      ? 'ส่งคำขอมากเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง'
      : plural('th', seconds, { other: 'ส่งคำขอมากเกินไป โปรดลองอีกครั้งใน # วินาที' }),
  errorUpstream: 'ผู้ให้บริการ eSIM ยังไม่ตอบสนอง โปรดลองอีกครั้งในไม่กี่นาที',
  errorIdempotency: 'คำขอนี้เปลี่ยนไประหว่างส่ง โปรดตรวจสอบแล้วส่งอีกครั้ง',
  errorInternal: 'เกิดข้อผิดพลาดในระบบของเรา โปรดลองอีกครั้ง',
  retry: 'ลองอีกครั้ง',
  close: 'ปิด',
  loading: 'กำลังโหลด…',
  emailInvalid: 'ป้อนอีเมลในรูปแบบ name@example.com',
  signedOutTitle: 'คุณออกจากระบบแล้ว',
  signedOutWaiting: 'ลงชื่อเข้าใช้ในหน้านี้เพื่อดำเนินการต่อ',
};
